import { RESULT_SUCCESS } from '../../../../validation';
import { route } from '../../../meta';
import { ZProviderCredentialRef } from '../schemas/inputs.schemas';

export const switchCredentialMeta = route({
  method: 'POST',
  path: '/workspaces/current/model-providers/{provider}/credentials/switch',
  tags: ['Model Providers'],
  summary: 'Make one of the saved provider credentials the active one (admin/owner)',
});
export const ZSwitchCredentialRequest = ZProviderCredentialRef;
export const ZSwitchCredentialResponse = RESULT_SUCCESS;
