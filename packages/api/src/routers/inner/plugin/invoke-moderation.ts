import { z } from 'zod';
import { invokeModeration } from '../../../services/plugin-invoke/invoke-models';
import { ZInvokeModerationRequest } from '../../../services/plugin-invoke/payloads';
import { pluginInvokeProcedures } from './invoke-procedure';

export const invokeModerationProcedures = pluginInvokeProcedures({
  operation: 'moderation',
  summary: 'Check a text with one of the workspace’s moderation models; `result` is true when it is flagged',
  input: ZInvokeModerationRequest,
  data: z.object({ result: z.boolean() }),
  run: invokeModeration,
});
