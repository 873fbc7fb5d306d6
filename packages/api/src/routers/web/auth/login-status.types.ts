import { z } from 'zod';
import { route } from '../../meta';

export const webLoginStatusMeta = route({
  method: 'GET',
  path: '/login/status',
  protect: false,
  tags: ['Web app sign-in'],
  summary: 'Whether the caller is signed in for the app (`logged_in`) and holds a working passport for it (`app_logged_in`)',
});

export const ZWebLoginStatusRequest = z.object({
  app_code: z.string().trim().max(64).optional(),
  user_id: z.string().trim().max(255).optional(),
});
export const ZWebLoginStatusResponse = z.object({ logged_in: z.boolean(), app_logged_in: z.boolean() });
