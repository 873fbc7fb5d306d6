import { z } from 'zod';
import { zTimestamp } from '../../../validation';
import { route } from '../../meta';

export const listWorkspacesMeta = route({
  method: 'GET',
  path: '/workspaces',
  tags: ['Workspaces'],
  summary: 'Every workspace the caller belongs to, marking the current one',
});

export const ZListWorkspacesResponse = z.object({
  workspaces: z.array(
    z.object({ id: z.string(), name: z.string(), plan: z.string(), status: z.string(), created_at: zTimestamp, current: z.boolean() }),
  ),
});
