import { z } from 'zod';
import { zEmail } from '../../../validation';
import { route } from '../../meta';

export const webLoginMeta = route({
  method: 'POST',
  path: '/login',
  protect: false,
  tags: ['Web app sign-in'],
  summary: "A workspace member signs in to web apps with email and password (plain or Base64)",
  description: 'Answers the web-app login token, which `GET /passport` takes as `Authorization: Bearer`. Shares the console\'s lockout.',
});

export const ZWebLoginRequest = z.object({
  email: zEmail,
  password: z.string().min(1).max(1024),
});

export const ZWebLoginResponse = z.object({
  result: z.literal('success'),
  data: z.object({ access_token: z.string() }),
});
