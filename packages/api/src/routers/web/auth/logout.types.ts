import { z } from 'zod';
import { route } from '../../meta';

export const webLogoutMeta = route({
  method: 'POST',
  path: '/logout',
  protect: false,
  tags: ['Web app sign-in'],
  summary: 'Sign out of web apps: the client drops its login token and passports',
  description: 'Web-app tokens travel as bearer tokens and no cookie is ever set, so there is nothing to clear on the server.',
});

export const ZWebLogoutRequest = z.object({}).optional();
export const ZWebLogoutResponse = z.object({ result: z.literal('success') });
