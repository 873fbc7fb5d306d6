import { assertSetupDone } from '../../../services/setup/setup';
import { activateInvitation } from '../../../services/workspaces/invitations';
import { publicProcedure } from '../../../trpc';
import { activateAccountMeta, ZActivateAccountRequest, ZActivateAccountResponse } from './activate-account.types';

export const activateAccountProcedure = publicProcedure
  .meta(activateAccountMeta)
  .input(ZActivateAccountRequest)
  .output(ZActivateAccountResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    await activateInvitation(ctx.deps, input);
    return { result: 'success' as const };
  });
