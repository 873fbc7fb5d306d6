import { z } from 'zod';
import { invokeSummary } from '../../../services/plugin-invoke/invoke-summary';
import { ZInvokeSummaryRequest } from '../../../services/plugin-invoke/payloads';
import { pluginInvokeProcedures } from './invoke-procedure';

export const invokeSummaryProcedures = pluginInvokeProcedures({
  operation: 'summary',
  summary: 'Summarise a text with the workspace’s default LLM (short texts come back unchanged)',
  input: ZInvokeSummaryRequest,
  data: z.object({ summary: z.string() }),
  run: invokeSummary,
});
