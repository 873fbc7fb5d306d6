import { resetPassword } from '../../../services/accounts/password-reset';
import { assertSetupDone } from '../../../services/setup/setup';
import { publicProcedure } from '../../../trpc';
import { resetForgotPasswordMeta, ZResetForgotPasswordRequest, ZResetForgotPasswordResponse } from './reset-forgot-password.types';

export const resetForgotPasswordProcedure = publicProcedure
  .meta(resetForgotPasswordMeta)
  .input(ZResetForgotPasswordRequest)
  .output(ZResetForgotPasswordResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    await resetPassword(ctx.deps, input);
    return { result: 'success' as const };
  });
