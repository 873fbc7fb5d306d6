import { z } from 'zod';
import { route } from '../../meta';
import { zModelType } from '../../console/model-providers/schemas/inputs.schemas';
import { ZProviderWithModels } from '../../console/model-providers/schemas/models.schemas';

export const listModelsMeta = route({
  method: 'GET',
  path: '/models',
  tags: ['Models'],
  summary: "The models the key's workspace can call now, grouped by provider; all types unless model_type is given",
});
export const ZListModelsRequest = z.object({ model_type: zModelType.optional() });
export const ZListModelsResponse = z.object({ data: z.array(ZProviderWithModels) });
