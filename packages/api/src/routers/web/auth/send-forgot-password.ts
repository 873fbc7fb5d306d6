import { sendPasswordReset } from '../../../services/accounts/password-reset';
import { assertSetupDone } from '../../../services/setup/setup';
import { publicProcedure } from '../../../trpc';
import { webSendForgotPasswordMeta, ZWebSendForgotPasswordRequest, ZWebSendForgotPasswordResponse } from './forgot-password.types';

export const webSendForgotPasswordProcedure = publicProcedure
  .meta(webSendForgotPasswordMeta)
  .input(ZWebSendForgotPasswordRequest)
  .output(ZWebSendForgotPasswordResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    const token = await sendPasswordReset(ctx.deps, { ...input, ip: ctx.request.ip });
    return { result: 'success' as const, data: token };
  });
