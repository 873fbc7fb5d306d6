import { z } from 'zod';
import { zTimestamp } from '../../../validation';
import { route } from '../../meta';

export const listAllWorkspacesMeta = route({
  method: 'GET',
  path: '/all-workspaces',
  tags: ['Workspaces'],
  summary: 'Every workspace of the install, newest first (ADMIN_API_KEY only)',
});

export const ZListAllWorkspacesRequest = z.object({
  page: z.coerce.number().int().min(1).max(99999).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZListAllWorkspacesResponse = z.object({
  data: z.array(z.object({ id: z.string(), name: z.string(), status: z.string(), created_at: zTimestamp })),
  has_more: z.boolean(),
  limit: z.number().int(),
  page: z.number().int(),
  total: z.number().int(),
});
