import { assertSetupDone } from '../../../services/setup/setup';
import { createEnterpriseWorkspace } from '../../../services/workspaces/enterprise-workspaces';
import { innerProcedure } from '../inner-procedure';
import { createEnterpriseWorkspaceMeta, ZCreateEnterpriseWorkspaceRequest } from './create-enterprise-workspace.types';
import { ZInnerWorkspaceResponse } from './inner-tenant.types';

export const createEnterpriseWorkspaceProcedure = innerProcedure
  .meta(createEnterpriseWorkspaceMeta)
  .input(ZCreateEnterpriseWorkspaceRequest)
  .output(ZInnerWorkspaceResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    const tenant = await createEnterpriseWorkspace(ctx.deps, { name: input.name, ownerEmail: input.owner_email });
    return { message: 'enterprise workspace created.' as const, tenant };
  });
