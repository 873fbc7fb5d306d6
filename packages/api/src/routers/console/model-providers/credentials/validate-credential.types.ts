import { z } from 'zod';
import { route } from '../../../meta';
import { zCredentials, ZValidateResult, zProvider } from '../schemas/inputs.schemas';

export const validateCredentialMeta = route({
  method: 'POST',
  path: '/workspaces/current/model-providers/{provider}/credentials/validate',
  tags: ['Model Providers'],
  summary: 'Try provider credentials with a real call without saving them (admin/owner)',
});
export const ZValidateCredentialRequest = z.object({ provider: zProvider, credentials: zCredentials });
export const ZValidateCredentialResponse = ZValidateResult;
