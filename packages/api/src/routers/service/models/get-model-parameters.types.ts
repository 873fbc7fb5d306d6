import { z } from 'zod';
import { route } from '../../meta';
import { ZParameterRule } from '../../console/model-providers/schemas/catalog.schemas';
import { zPathModelName, zProvider } from '../../console/model-providers/schemas/inputs.schemas';

export const getModelParametersMeta = route({
  method: 'GET',
  path: '/models/{model}/parameters',
  tags: ['Models'],
  summary:
    "A usable model's parameter rules; without provider, the first provider with that model answers. " +
    'A model the workspace cannot call is 400 model_currently_not_support.',
});
export const ZGetModelParametersRequest = z.object({ model: zPathModelName, provider: zProvider.optional() });
export const ZGetModelParametersResponse = z.object({ data: z.array(ZParameterRule) });
