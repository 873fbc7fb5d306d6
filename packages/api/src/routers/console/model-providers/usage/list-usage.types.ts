import { z } from 'zod';
import { zPageOf, zPageParams } from '../../../../paging';
import { route } from '../../../meta';
import { zModelName, zProvider } from '../schemas/inputs.schemas';

export const listUsageMeta = route({
  method: 'GET',
  path: '/workspaces/current/model-usage',
  tags: ['Model Providers'],
  summary: "Tessera addition: the workspace's model calls, newest first, with tokens, prices and latency (admin/owner)",
});
export const ZListUsageRequest = z.object({
  ...zPageParams,
  provider: zProvider.optional(),
  model: zModelName.optional(),
});
const ZUsageRecord = z
  .object({
    id: z.string(),
    provider: z.string(),
    model: z.string(),
    model_type: z.string(),
    caller_type: z.string(),
    caller_id: z.string().nullable(),
    user_id: z.string().nullable(),
    prompt_tokens: z.number().int(),
    completion_tokens: z.number().int(),
    total_tokens: z.number().int(),
    prompt_price: z.string(),
    completion_price: z.string(),
    total_price: z.string(),
    currency: z.string(),
    latency_ms: z.number().int(),
    time_to_first_token_ms: z.number().int().nullable(),
    status: z.enum(['success', 'error']),
    error_code: z.string().nullable(),
    created_at: z.number().int(),
  })
  .meta({ id: 'ModelUsageRecord' });
export const ZListUsageResponse = zPageOf(ZUsageRecord);
