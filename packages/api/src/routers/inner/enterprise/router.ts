import { router } from '../../../trpc';
import { createEnterpriseWorkspaceProcedure } from './create-enterprise-workspace';
import { createOwnerlessWorkspaceProcedure } from './create-ownerless-workspace';
import { sendMailProcedure } from './send-mail';

export const enterpriseRouter = router({
  createWorkspace: createEnterpriseWorkspaceProcedure,
  createOwnerlessWorkspace: createOwnerlessWorkspaceProcedure,
  sendMail: sendMailProcedure,
});
