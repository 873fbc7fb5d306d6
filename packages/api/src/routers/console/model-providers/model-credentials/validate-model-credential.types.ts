import { route } from '../../../meta';
import { zCredentials, ZModelAddress, ZValidateResult } from '../schemas/inputs.schemas';

export const validateModelCredentialMeta = route({
  method: 'POST',
  path: '/workspaces/current/model-providers/{provider}/models/credentials/validate',
  tags: ['Model Providers'],
  summary: "Try a custom model's credentials with a real call to the model without saving them (admin/owner)",
});
export const ZValidateModelCredentialRequest = ZModelAddress.extend({ credentials: zCredentials });
export const ZValidateModelCredentialResponse = ZValidateResult;
