import { z } from 'zod';
import { zPageOf, zPageParams } from '../../../paging';
import { zTimestamp } from '../../../validation';
import { route } from '../../meta';

export const listAllWorkspacesMeta = route({
  method: 'GET',
  path: '/all-workspaces',
  tags: ['Workspaces'],
  summary: 'Every workspace of the install, newest first (ADMIN_API_KEY only)',
});

export const ZListAllWorkspacesRequest = z.object({
  ...zPageParams,
});

export const ZListAllWorkspacesResponse = zPageOf(z.object({ id: z.string(), name: z.string(), status: z.string(), created_at: zTimestamp }));
