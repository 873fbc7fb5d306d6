import { z } from 'zod';
import { route } from '../../../meta';
import { zProvider } from '../schemas/inputs.schemas';

export const listPricesMeta = route({
  method: 'GET',
  path: '/workspaces/current/model-providers/{provider}/models/pricing',
  tags: ['Model Providers'],
  summary: "Tessera addition: the workspace's price overrides for the provider's models (admin/owner)",
});
export const ZListPricesRequest = z.object({ provider: zProvider });
export const ZPriceOverride = z
  .object({
    model: z.string(),
    model_type: z.string(),
    input: z.string(),
    output: z.string().nullable(),
    unit: z.string(),
    currency: z.string(),
    updated_at: z.number().int(),
  })
  .meta({ id: 'ModelPriceOverride' });
export const ZListPricesResponse = z.object({ data: z.array(ZPriceOverride) });
