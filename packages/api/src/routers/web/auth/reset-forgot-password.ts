import { resetPassword } from '../../../services/accounts/password-reset';
import { assertSetupDone } from '../../../services/setup/setup';
import { publicProcedure } from '../../../trpc';
import { webResetForgotPasswordMeta, ZWebResetForgotPasswordRequest, ZWebResetForgotPasswordResponse } from './forgot-password.types';

export const webResetForgotPasswordProcedure = publicProcedure
  .meta(webResetForgotPasswordMeta)
  .input(ZWebResetForgotPasswordRequest)
  .output(ZWebResetForgotPasswordResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    await resetPassword(ctx.deps, input);
    return { result: 'success' as const };
  });
