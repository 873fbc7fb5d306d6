import { z } from 'zod';
import { route } from '../../meta';
import { ZTenantInfo, ZWorkspaceName } from './tenant-info.types';

export const renameWorkspaceMeta = route({
  method: 'POST',
  path: '/workspaces/info',
  tags: ['Workspaces'],
  summary: 'Rename the current workspace (owner or admin)',
});

export const ZRenameWorkspaceRequest = z.object({ name: ZWorkspaceName });
export const ZRenameWorkspaceResponse = z.object({ result: z.literal('success'), tenant: ZTenantInfo });
