import { z } from 'zod';
import { zEmail } from '../../../validation';
import { route } from '../../meta';

// The web app's password reset is the console's (same mails, codes, lockouts and wire shapes).

export const webSendForgotPasswordMeta = route({
  method: 'POST',
  path: '/forgot-password',
  protect: false,
  tags: ['Web app sign-in'],
  summary: 'Mail a password reset code; always answers a token',
});
export const ZWebSendForgotPasswordRequest = z.object({ email: zEmail, language: z.string().max(20).nullish() });
export const ZWebSendForgotPasswordResponse = z.object({ result: z.literal('success'), data: z.string() });

export const webValidateForgotPasswordMeta = route({
  method: 'POST',
  path: '/forgot-password/validity',
  protect: false,
  tags: ['Web app sign-in'],
  summary: 'Check a password reset code; answers a new token for the reset step',
});
export const ZWebValidateForgotPasswordRequest = z.object({
  email: zEmail,
  code: z.string().trim().min(1).max(64),
  token: z.string().trim().min(1).max(255),
});
export const ZWebValidateForgotPasswordResponse = z.object({ is_valid: z.literal(true), email: z.string(), token: z.string() });

export const webResetForgotPasswordMeta = route({
  method: 'POST',
  path: '/forgot-password/resets',
  protect: false,
  tags: ['Web app sign-in'],
  summary: 'Set a new password with a reset-phase token (plain passwords)',
});
export const ZWebResetForgotPasswordRequest = z.object({
  token: z.string().trim().min(1).max(255),
  new_password: z.string().min(1).max(1024),
  password_confirm: z.string().min(1).max(1024),
});
export const ZWebResetForgotPasswordResponse = z.object({ result: z.literal('success') });
