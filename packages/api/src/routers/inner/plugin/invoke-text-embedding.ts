import { z } from 'zod';
import { invokeTextEmbedding } from '../../../services/plugin-invoke/invoke-models';
import { ZInvokeTextEmbeddingRequest } from '../../../services/plugin-invoke/payloads';
import { pluginInvokeProcedures } from './invoke-procedure';

export const ZTextEmbeddingResult = z.object({
  model: z.string(),
  embeddings: z.array(z.array(z.number())),
  usage: z.object({
    tokens: z.number().int(),
    total_tokens: z.number().int(),
    unit_price: z.string(),
    price_unit: z.string(),
    total_price: z.string(),
    currency: z.string(),
    latency: z.number(),
  }),
});

export const invokeTextEmbeddingProcedures = pluginInvokeProcedures({
  operation: 'text-embedding',
  summary: 'Embed texts with one of the workspace’s text-embedding models',
  input: ZInvokeTextEmbeddingRequest,
  data: ZTextEmbeddingResult,
  run: invokeTextEmbedding,
});
