import { z } from 'zod';
import { RESULT_SUCCESS } from '../../../../validation';
import { route } from '../../../meta';
import { zModelName, zModelType, zProvider } from '../schemas/inputs.schemas';

export const setDefaultModelMeta = route({
  method: 'POST',
  path: '/workspaces/current/default-model',
  tags: ['Model Providers'],
  summary: 'Set default models by type; only models usable now are accepted, entries without a provider are skipped (admin/owner)',
});
export const ZSetDefaultModelRequest = z.object({
  model_settings: z
    .array(z.object({ model_type: zModelType, model: zModelName.nullish(), provider: zProvider.nullish() }))
    .max(20),
});
export const ZSetDefaultModelResponse = RESULT_SUCCESS;
