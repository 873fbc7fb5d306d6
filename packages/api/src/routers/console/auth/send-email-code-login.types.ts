import { z } from 'zod';
import { zEmail } from '../../../validation';
import { route } from '../../meta';

export const sendEmailCodeLoginMeta = route({
  method: 'POST',
  path: '/email-code-login',
  protect: false,
  tags: ['Auth'],
  summary: 'Mail a six-digit sign-in code; answers the token to send back with it',
});

export const ZSendEmailCodeLoginRequest = z.object({
  email: zEmail,
  language: z.string().max(20).nullish(),
});

export const ZSendEmailCodeLoginResponse = z.object({ result: z.literal('success'), data: z.string() });
