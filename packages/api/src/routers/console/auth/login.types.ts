import { z } from 'zod';
import { zBool } from '../../../validation';
import { route } from '../../meta';

export const loginMeta = route({
  method: 'POST',
  path: '/login',
  protect: false,
  tags: ['Auth'],
  summary: 'Sign in with email and password (plain or Base64); sets cookies and returns the tokens',
});

export const ZLoginRequest = z.object({
  email: z.string().trim().min(1).max(255),
  password: z.string().min(1).max(1024),
  remember_me: zBool.optional(),
  invite_token: z.string().nullish(),
  language: z.string().optional(),
});

export const ZLoginResponse = z.union([
  z.object({
    result: z.literal('success'),
    data: z.object({ access_token: z.string(), refresh_token: z.string(), csrf_token: z.string() }),
  }),
  z.object({ result: z.literal('fail'), data: z.string() }),
]);
