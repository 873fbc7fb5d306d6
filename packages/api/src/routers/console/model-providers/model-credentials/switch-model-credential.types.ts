import { RESULT_SUCCESS } from '../../../../validation';
import { route } from '../../../meta';
import { ZModelCredentialRef } from '../schemas/inputs.schemas';

export const switchModelCredentialMeta = route({
  method: 'POST',
  path: '/workspaces/current/model-providers/{provider}/models/credentials/switch',
  tags: ['Model Providers'],
  summary: "Make one of a custom model's saved credentials the one it uses (admin/owner)",
});
export const ZSwitchModelCredentialRequest = ZModelCredentialRef;
export const ZSwitchModelCredentialResponse = RESULT_SUCCESS;
