import { RESULT_SUCCESS, zId } from '../../../../validation';
import { route } from '../../../meta';
import { zCredentialName, zCredentials, ZModelAddress } from '../schemas/inputs.schemas';

export const updateModelCredentialMeta = route({
  method: 'PUT',
  path: '/workspaces/current/model-providers/{provider}/models/credentials',
  tags: ['Model Providers'],
  summary: "Change a custom model's credential; secrets sent back masked or as [__HIDDEN__] keep their values (admin/owner)",
});
export const ZUpdateModelCredentialRequest = ZModelAddress.extend({ credential_id: zId, credentials: zCredentials, name: zCredentialName });
export const ZUpdateModelCredentialResponse = RESULT_SUCCESS;
