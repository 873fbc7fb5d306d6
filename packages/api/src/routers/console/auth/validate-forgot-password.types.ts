import { z } from 'zod';
import { zEmail } from '../../../validation';
import { route } from '../../meta';

export const validateForgotPasswordMeta = route({
  method: 'POST',
  path: '/forgot-password/validity',
  protect: false,
  tags: ['Auth'],
  summary: 'Check a password reset code; answers a new token for the reset step',
});

export const ZValidateForgotPasswordRequest = z.object({
  email: zEmail,
  code: z.string().trim().min(1).max(64),
  token: z.string().trim().min(1).max(255),
});

export const ZValidateForgotPasswordResponse = z.object({
  is_valid: z.literal(true),
  email: z.string(),
  token: z.string(),
});
