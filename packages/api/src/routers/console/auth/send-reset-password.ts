import { sendPasswordReset } from '../../../services/accounts/password-reset';
import { assertSetupDone } from '../../../services/setup/setup';
import { publicProcedure } from '../../../trpc';
import { sendResetPasswordMeta, ZSendResetPasswordRequest, ZSendResetPasswordResponse } from './send-reset-password.types';

export const sendResetPasswordProcedure = publicProcedure
  .meta(sendResetPasswordMeta)
  .input(ZSendResetPasswordRequest)
  .output(ZSendResetPasswordResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    const token = await sendPasswordReset(ctx.deps, { ...input, ip: ctx.request.ip });
    return { result: 'success' as const, data: token };
  });
