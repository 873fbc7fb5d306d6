import { z } from 'zod';
import { route } from '../../meta';
import { zModelType } from './schemas/inputs.schemas';
import { ZProviderResponse } from './schemas/provider.schemas';

export const listProvidersMeta = route({
  method: 'GET',
  path: '/workspaces/current/model-providers',
  tags: ['Model Providers'],
  summary: "Every supported model provider with the workspace's credentials and custom models (secrets never included)",
});
export const ZListProvidersRequest = z.object({ model_type: zModelType.optional() });
export const ZListProvidersResponse = z.object({ data: z.array(ZProviderResponse) });
