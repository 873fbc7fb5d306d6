import { z } from 'zod';
import { route } from '../../../meta';
import { zProvider } from '../schemas/inputs.schemas';
import { ZModelWithProvider } from '../schemas/models.schemas';

export const listModelsMeta = route({
  method: 'GET',
  path: '/workspaces/current/model-providers/{provider}/models',
  tags: ['Model Providers'],
  summary: "The provider's predefined and custom models with their status in the workspace",
});
export const ZListModelsRequest = z.object({ provider: zProvider });
export const ZListModelsResponse = z.object({ data: z.array(ZModelWithProvider) });
