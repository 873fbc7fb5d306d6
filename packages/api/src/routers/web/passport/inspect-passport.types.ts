import { z } from 'zod';
import { WEB_APP_ACCESS_MODES } from '../../../services/web-app/access-rules';
import { route } from '../../meta';

export const inspectPassportMeta = route({
  method: 'POST',
  path: '/passport',
  tags: ['Passport'],
  summary: 'What the presented passport grants',
  description:
    "Checks the passport (`X-App-Passport`, or `Authorization: Bearer` from older clients) as every passport call does, " +
    'and answers its app, end user, the access mode it was granted under and its expiry (Unix seconds).',
});

export const ZInspectPassportRequest = z.object({}).optional();
export const ZInspectPassportResponse = z.object({
  app_id: z.string(),
  app_code: z.string(),
  end_user_id: z.string(),
  access_mode: z.enum(WEB_APP_ACCESS_MODES),
  user_id: z.string().nullable(),
  token_source: z.string().nullable(),
  granted_at: z.number().int().nullable(),
  expires_at: z.number().int().nullable(),
});
