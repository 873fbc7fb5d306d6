import { router } from '../../../trpc';
import { createEnterpriseWorkspaceProcedure } from './create-enterprise-workspace';
import { createOwnerlessWorkspaceProcedure } from './create-ownerless-workspace';

export const enterpriseRouter = router({
  createWorkspace: createEnterpriseWorkspaceProcedure,
  createOwnerlessWorkspace: createOwnerlessWorkspaceProcedure,
});
