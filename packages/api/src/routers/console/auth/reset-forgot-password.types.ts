import { z } from 'zod';
import { route } from '../../meta';

export const resetForgotPasswordMeta = route({
  method: 'POST',
  path: '/forgot-password/resets',
  protect: false,
  tags: ['Auth'],
  summary: 'Set a new password with a reset-phase token (plain passwords)',
});

export const ZResetForgotPasswordRequest = z.object({
  token: z.string().trim().min(1).max(255),
  new_password: z.string().min(1).max(1024),
  password_confirm: z.string().min(1).max(1024),
});

export const ZResetForgotPasswordResponse = z.object({ result: z.literal('success') });
