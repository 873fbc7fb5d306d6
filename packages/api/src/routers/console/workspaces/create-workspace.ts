import { createWorkspaceForActor } from '../../../services/workspaces/create-workspace';
import { authedProcedure } from '../../../trpc';
import { createWorkspaceMeta, ZCreateWorkspaceRequest } from './create-workspace.types';
import { ZTenantInfo } from './tenant-info.types';

export const createWorkspaceProcedure = authedProcedure
  .meta(createWorkspaceMeta)
  .input(ZCreateWorkspaceRequest)
  .output(ZTenantInfo)
  .mutation(async ({ ctx, input }) => {
    const tenant = await createWorkspaceForActor(ctx.deps, ctx.actor, input.name);
    ctx.response.setStatus(201);
    return tenant;
  });
