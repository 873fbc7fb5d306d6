import { renameWorkspace } from '../../../services/workspaces/workspaces';
import { authedProcedure } from '../../../trpc';
import { renameWorkspaceMeta, ZRenameWorkspaceRequest, ZRenameWorkspaceResponse } from './rename-workspace.types';

export const renameWorkspaceProcedure = authedProcedure
  .meta(renameWorkspaceMeta)
  .input(ZRenameWorkspaceRequest)
  .output(ZRenameWorkspaceResponse)
  .mutation(async ({ ctx, input }) => ({
    result: 'success' as const,
    tenant: await renameWorkspace(ctx.deps, ctx.actor, input.name),
  }));
