import { z } from 'zod';
import { route } from '../../meta';

export const logoutMeta = route({ method: 'POST', path: '/logout', tags: ['Auth'], summary: 'Sign out: end the session (its access, refresh and CSRF tokens) and clear the cookies' });
export const ZLogoutResponse = z.object({ result: z.literal('success') });
