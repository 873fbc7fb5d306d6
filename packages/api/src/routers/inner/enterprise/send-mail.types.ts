import { z } from 'zod';
import { zEmail } from '../../../validation';
import { route } from '../../meta';

export const sendMailMeta = route({
  method: 'POST',
  path: '/enterprise/mail',
  tags: ['Inner API'],
  summary: 'Send a mail to one or more addresses; `{{ name }}` placeholders are filled from substitutions',
});

export const ZSendMailRequest = z.object({
  to: z.array(zEmail).min(1).max(100),
  subject: z.string().min(1).max(500),
  body: z.string().min(1).max(200_000),
  substitutions: z.record(z.string(), z.string()).optional(),
});

export const ZSendMailResponse = z.object({ message: z.literal('success') });
