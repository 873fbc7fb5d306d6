import { switchWorkspace } from '../../../services/workspaces/workspaces';
import { authedProcedure } from '../../../trpc';
import { switchWorkspaceMeta, ZSwitchWorkspaceRequest, ZSwitchWorkspaceResponse } from './switch-workspace.types';

export const switchWorkspaceProcedure = authedProcedure
  .meta(switchWorkspaceMeta)
  .input(ZSwitchWorkspaceRequest)
  .output(ZSwitchWorkspaceResponse)
  .mutation(async ({ ctx, input }) => ({
    result: 'success' as const,
    new_tenant: await switchWorkspace(ctx.deps, ctx.actor, input.tenant_id),
  }));
