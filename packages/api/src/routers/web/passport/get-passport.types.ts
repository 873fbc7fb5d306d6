import { z } from 'zod';
import { route } from '../../meta';

export const getPassportMeta = route({
  method: 'GET',
  path: '/passport',
  protect: false,
  tags: ['Passport'],
  summary: "A passport for the web app named by X-App-Code",
  description:
    'Public apps: a passport for the visitor `user_id` names (or a new anonymous one). Non-public apps: only for a ' +
    'signed-in member the app admits, who sends the web-app login token as `Authorization: Bearer`.',
});

export const ZGetPassportRequest = z.object({ user_id: z.string().trim().max(255).optional() });
export const ZGetPassportResponse = z.object({ access_token: z.string() });
