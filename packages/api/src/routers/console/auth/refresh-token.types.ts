import { z } from 'zod';
import { route } from '../../meta';

export const refreshTokenMeta = route({
  method: 'POST',
  path: '/refresh-token',
  protect: false,
  tags: ['Auth'],
  summary: 'Rotate the session from the refresh_token cookie (or body, for older clients)',
});
export const ZRefreshTokenRequest = z.object({ refresh_token: z.string().max(512).optional() });
export const ZRefreshTokenResponse = z.object({
  result: z.literal('success'),
  data: z.object({ access_token: z.string(), refresh_token: z.string(), csrf_token: z.string() }),
});
