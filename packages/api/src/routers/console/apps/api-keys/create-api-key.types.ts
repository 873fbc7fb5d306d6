import { route } from '../../../meta';
import { ZAppIdInput } from '../app.schemas';
import { ZApiKey } from './api-key.schemas';

export const createApiKeyMeta = route({
  method: 'POST',
  path: '/apps/{app_id}/api-keys',
  tags: ['App API keys'],
  summary: 'Create a Service API key; the full key is shown only in this answer',
  successDescription: 'Created (HTTP 201)',
});
export const ZCreateApiKeyRequest = ZAppIdInput;
export const ZCreateApiKeyResponse = ZApiKey;
