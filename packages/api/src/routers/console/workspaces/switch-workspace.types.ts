import { z } from 'zod';
import { route } from '../../meta';
import { ZTenantInfo } from './tenant-info.types';

export const switchWorkspaceMeta = route({
  method: 'POST',
  path: '/workspaces/switch',
  tags: ['Workspaces'],
  summary: 'Make another of the caller\'s workspaces current (403 account_not_link_tenant otherwise)',
});

export const ZSwitchWorkspaceRequest = z.object({ tenant_id: z.string().min(1).max(64) });
export const ZSwitchWorkspaceResponse = z.object({ result: z.literal('success'), new_tenant: ZTenantInfo });
