import { route } from '../../../meta';
import { ZProviderCredentialRef } from '../schemas/inputs.schemas';

export const deleteCredentialMeta = route({
  method: 'DELETE',
  path: '/workspaces/current/model-providers/{provider}/credentials',
  tags: ['Model Providers'],
  summary: 'Delete a provider credential; if it was active, the oldest remaining one takes over (admin/owner)',
  successDescription: 'Deleted (HTTP 204)',
});
export const ZDeleteCredentialRequest = ZProviderCredentialRef;
