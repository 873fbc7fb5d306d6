import { z } from 'zod';
import { zEmail } from '../../../validation';
import { route } from '../../meta';

export const sendForgotPasswordMeta = route({
  method: 'POST',
  path: '/forgot-password',
  protect: false,
  tags: ['Auth'],
  summary: 'Mail a password reset code; always answers a token',
});

export const ZSendForgotPasswordRequest = z.object({
  email: zEmail,
  language: z.string().max(20).nullish(),
});

export const ZSendForgotPasswordResponse = z.object({ result: z.literal('success'), data: z.string() });
