import { z } from 'zod';
import { zTimestamp } from '../../../validation';
import { route } from '../../meta';

export const getOutboxMeta = route({
  method: 'GET',
  path: '/mail/outbox',
  tags: ['Mail'],
  summary: 'The 50 newest mails an owner or admin may read (codes, when SMTP is not configured)',
});

export const ZOutboxMail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  template: z.string(),
  status: z.enum(['pending', 'sent', 'failed', 'stored']),
  created_at: zTimestamp,
});

export const ZGetOutboxResponse = z.object({ data: z.array(ZOutboxMail) });
