import { z } from 'zod';
import { route } from '../../meta';

export const logoutMeta = route({ method: 'POST', path: '/logout', tags: ['Auth'], summary: 'Sign out: revoke the refresh token and clear the cookies' });
export const ZLogoutResponse = z.object({ result: z.literal('success') });
