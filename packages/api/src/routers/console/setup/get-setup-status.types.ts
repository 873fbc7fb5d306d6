import { z } from 'zod';
import { route } from '../../meta';

export const getSetupStatusMeta = route({
  method: 'GET',
  path: '/setup',
  protect: false,
  tags: ['Setup'],
  summary: 'Whether the first owner account has been created',
});

export const ZGetSetupStatusResponse = z.object({
  step: z.enum(['not_started', 'finished']),
  setup_at: z.string().nullable(),
});
