import { z } from 'zod';
import { RESULT_SUCCESS, zId } from '../../../../validation';
import { route } from '../../../meta';
import { ZModelAddress } from '../schemas/inputs.schemas';

export const configureModelMeta = route({
  method: 'POST',
  path: '/workspaces/current/model-providers/{provider}/models',
  tags: ['Model Providers'],
  summary: 'Pick the credential a custom model uses (config_from=custom-model); load balancing is not offered (admin/owner)',
});
export const ZConfigureModelRequest = ZModelAddress.extend({
  config_from: z.string().max(40).nullish(),
  credential_id: zId.nullish(),
  load_balancing: z.unknown().optional(),
});
export const ZConfigureModelResponse = RESULT_SUCCESS;
