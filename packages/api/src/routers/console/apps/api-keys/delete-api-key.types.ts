import { zId } from '../../../../validation';
import { route } from '../../../meta';
import { ZAppIdInput } from '../app.schemas';

export const deleteApiKeyMeta = route({
  method: 'DELETE',
  path: '/apps/{app_id}/api-keys/{key_id}',
  tags: ['App API keys'],
  summary: 'Delete a Service API key (admins and the owner)',
  successDescription: 'Deleted (HTTP 204)',
});
export const ZDeleteApiKeyRequest = ZAppIdInput.extend({ key_id: zId });
