import { z } from 'zod';
import { invokeRerank } from '../../../services/plugin-invoke/invoke-models';
import { ZInvokeRerankRequest } from '../../../services/plugin-invoke/payloads';
import { pluginInvokeProcedures } from './invoke-procedure';

export const ZRerankResult = z.object({
  model: z.string(),
  docs: z.array(z.object({ index: z.number().int(), text: z.string(), score: z.number() })),
});

export const invokeRerankProcedures = pluginInvokeProcedures({
  operation: 'rerank',
  summary: 'Order documents by relevance to a query with one of the workspace’s rerank models',
  input: ZInvokeRerankRequest,
  data: ZRerankResult,
  run: invokeRerank,
});
