import { z } from 'zod';
import { route } from '../../meta';
import { ZWorkspaceName } from './tenant-info.types';

export const createWorkspaceMeta = route({
  method: 'POST',
  path: '/workspaces',
  tags: ['Workspaces'],
  summary: 'Create a further workspace owned by the caller; it becomes current',
  successDescription: 'Created (HTTP 201): the new workspace as tenant info',
});

export const ZCreateWorkspaceRequest = z.object({ name: ZWorkspaceName });
