import { z } from 'zod';
import { zEmail } from '../../../validation';
import { route } from '../../meta';

export const validateEmailCodeLoginMeta = route({
  method: 'POST',
  path: '/email-code-login/validity',
  protect: false,
  tags: ['Auth'],
  summary: 'Sign in with a mailed code (plain or Base64); sets cookies and returns the tokens',
});

export const ZValidateEmailCodeLoginRequest = z.object({
  email: zEmail,
  code: z.string().trim().min(1).max(64),
  token: z.string().trim().min(1).max(255),
  language: z.string().max(20).nullish(),
});

export const ZValidateEmailCodeLoginResponse = z.object({
  result: z.literal('success'),
  data: z.object({ access_token: z.string(), refresh_token: z.string(), csrf_token: z.string() }),
});
