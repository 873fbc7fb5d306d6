import { z } from 'zod';
import { zEmail } from '../../../validation';
import { route } from '../../meta';

export const webValidateEmailCodeMeta = route({
  method: 'POST',
  path: '/email-code-login/validity',
  protect: false,
  tags: ['Web app sign-in'],
  summary: 'Sign in to web apps with a mailed code (plain or Base64); answers the web-app login token',
});

export const ZWebValidateEmailCodeRequest = z.object({
  email: zEmail,
  code: z.string().trim().min(1).max(64),
  token: z.string().trim().min(1).max(255),
});
export const ZWebValidateEmailCodeResponse = z.object({
  result: z.literal('success'),
  data: z.object({ access_token: z.string() }),
});
