import { route } from '../../../meta';
import { ZModelCredentialRef } from '../schemas/inputs.schemas';

export const deleteModelCredentialMeta = route({
  method: 'DELETE',
  path: '/workspaces/current/model-providers/{provider}/models/credentials',
  tags: ['Model Providers'],
  summary: "Delete a custom model's credential; if it was active, the model's oldest remaining one takes over (admin/owner)",
  successDescription: 'Deleted (HTTP 204)',
});
export const ZDeleteModelCredentialRequest = ZModelCredentialRef;
