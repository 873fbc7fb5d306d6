import { assertSetupDone } from '../../../services/setup/setup';
import { checkInvitation } from '../../../services/workspaces/invitations';
import { publicProcedure } from '../../../trpc';
import { checkActivationMeta, ZCheckActivationRequest, ZCheckActivationResponse } from './check-activation.types';

export const checkActivationProcedure = publicProcedure
  .meta(checkActivationMeta)
  .input(ZCheckActivationRequest)
  .output(ZCheckActivationResponse)
  .query(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    return checkInvitation(ctx.deps, input);
  });
