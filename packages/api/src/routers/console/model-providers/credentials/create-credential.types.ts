import { z } from 'zod';
import { RESULT_SUCCESS } from '../../../../validation';
import { route } from '../../../meta';
import { zCredentialName, zCredentials, zProvider } from '../schemas/inputs.schemas';

export const createCredentialMeta = route({
  method: 'POST',
  path: '/workspaces/current/model-providers/{provider}/credentials',
  tags: ['Model Providers'],
  summary: 'Add a provider credential after a real call with it succeeds; the first one becomes active (admin/owner)',
  successDescription: 'Created (HTTP 201)',
});
export const ZCreateCredentialRequest = z.object({ provider: zProvider, credentials: zCredentials, name: zCredentialName });
export const ZCreateCredentialResponse = RESULT_SUCCESS;
