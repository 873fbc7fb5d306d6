import { z } from 'zod';
import { zEmail } from '../../../validation';
import { route } from '../../meta';

export const webSendEmailCodeMeta = route({
  method: 'POST',
  path: '/email-code-login',
  protect: false,
  tags: ['Web app sign-in'],
  summary: "Mail a sign-in code to a member's address; answers the token to send back with it",
});

export const ZWebSendEmailCodeRequest = z.object({ email: zEmail, language: z.string().max(20).nullish() });
export const ZWebSendEmailCodeResponse = z.object({ result: z.literal('success'), data: z.string() });
