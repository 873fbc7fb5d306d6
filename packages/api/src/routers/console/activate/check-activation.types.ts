import { z } from 'zod';
import { route } from '../../meta';

export const checkActivationMeta = route({
  method: 'GET',
  path: '/activate/check',
  protect: false,
  tags: ['Members'],
  summary: 'Whether an invitation link can still be used, and for which workspace',
});

export const ZCheckActivationRequest = z.object({
  workspace_id: z.string().max(64).optional(),
  email: z.string().max(255).optional(),
  token: z.string().min(1).max(128),
});

export const ZCheckActivationResponse = z.union([
  z.object({
    is_valid: z.literal(true),
    data: z.object({ workspace_name: z.string(), workspace_id: z.string(), email: z.string() }),
  }),
  z.object({ is_valid: z.literal(false) }),
]);
