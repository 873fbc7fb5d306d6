import { z } from 'zod';
import { route } from '../../../meta';
import { ZAppIdInput } from '../app.schemas';
import { ZApiKey } from './api-key.schemas';

export const listApiKeysMeta = route({ method: 'GET', path: '/apps/{app_id}/api-keys', tags: ['App API keys'], summary: "An app's Service API keys, masked" });
export const ZListApiKeysRequest = ZAppIdInput;
export const ZListApiKeysResponse = z.object({ data: z.array(ZApiKey) });
