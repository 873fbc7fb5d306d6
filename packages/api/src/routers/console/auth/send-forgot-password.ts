import { sendPasswordReset } from '../../../services/accounts/password-reset';
import { assertSetupDone } from '../../../services/setup/setup';
import { publicProcedure } from '../../../trpc';
import { sendForgotPasswordMeta, ZSendForgotPasswordRequest, ZSendForgotPasswordResponse } from './send-forgot-password.types';

export const sendForgotPasswordProcedure = publicProcedure
  .meta(sendForgotPasswordMeta)
  .input(ZSendForgotPasswordRequest)
  .output(ZSendForgotPasswordResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    const token = await sendPasswordReset(ctx.deps, { ...input, ip: ctx.request.ip });
    return { result: 'success' as const, data: token };
  });
