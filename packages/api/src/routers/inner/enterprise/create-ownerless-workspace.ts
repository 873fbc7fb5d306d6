import { assertSetupDone } from '../../../services/setup/setup';
import { createOwnerlessWorkspace } from '../../../services/workspaces/enterprise-workspaces';
import { innerProcedure } from '../inner-procedure';
import { createOwnerlessWorkspaceMeta, ZCreateOwnerlessWorkspaceRequest } from './create-ownerless-workspace.types';
import { ZInnerWorkspaceResponse } from './inner-tenant.types';

export const createOwnerlessWorkspaceProcedure = innerProcedure
  .meta(createOwnerlessWorkspaceMeta)
  .input(ZCreateOwnerlessWorkspaceRequest)
  .output(ZInnerWorkspaceResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    const tenant = await createOwnerlessWorkspace(ctx.deps, { name: input.name });
    return { message: 'enterprise workspace created.' as const, tenant };
  });
