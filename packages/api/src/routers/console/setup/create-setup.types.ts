import { z } from 'zod';
import { zEmail } from '../../../validation';
import { route } from '../../meta';

export const createSetupMeta = route({
  method: 'POST',
  path: '/setup',
  protect: false,
  tags: ['Setup'],
  summary: 'Create the first owner account and workspace (once)',
  successDescription: 'Created (HTTP 201)',
});

export const ZCreateSetupRequest = z.object({
  email: zEmail,
  name: z.string().trim().min(1).max(30),
  password: z.string().min(1),
  language: z.string().max(20).optional(),
});

export const ZCreateSetupResponse = z.object({ result: z.literal('success') });
