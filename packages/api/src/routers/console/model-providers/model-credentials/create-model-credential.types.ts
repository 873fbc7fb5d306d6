import { RESULT_SUCCESS } from '../../../../validation';
import { route } from '../../../meta';
import { zCredentialName, zCredentials, ZModelAddress } from '../schemas/inputs.schemas';

export const createModelCredentialMeta = route({
  method: 'POST',
  path: '/workspaces/current/model-providers/{provider}/models/credentials',
  tags: ['Model Providers'],
  summary: 'Add a credential to a custom model (adding the model on first use) after a real call succeeds (admin/owner)',
  successDescription: 'Created (HTTP 201)',
});
export const ZCreateModelCredentialRequest = ZModelAddress.extend({ credentials: zCredentials, name: zCredentialName });
export const ZCreateModelCredentialResponse = RESULT_SUCCESS;
