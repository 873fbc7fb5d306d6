import { z } from 'zod';
import { route } from '../../../meta';
import { zModelType } from '../schemas/inputs.schemas';
import { ZProviderWithModels } from '../schemas/models.schemas';

export const listByTypeMeta = route({
  method: 'GET',
  path: '/workspaces/current/models/model-types/{model_type}',
  tags: ['Model Providers'],
  summary: "The workspace's configured models of one type, grouped by provider (providers without one are left out)",
});
export const ZListByTypeRequest = z.object({ model_type: zModelType });
export const ZListByTypeResponse = z.object({ data: z.array(ZProviderWithModels) });
