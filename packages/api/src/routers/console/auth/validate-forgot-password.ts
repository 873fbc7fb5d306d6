import { checkPasswordResetCode } from '../../../services/accounts/password-reset';
import { assertSetupDone } from '../../../services/setup/setup';
import { publicProcedure } from '../../../trpc';
import {
  validateForgotPasswordMeta,
  ZValidateForgotPasswordRequest,
  ZValidateForgotPasswordResponse,
} from './validate-forgot-password.types';

export const validateForgotPasswordProcedure = publicProcedure
  .meta(validateForgotPasswordMeta)
  .input(ZValidateForgotPasswordRequest)
  .output(ZValidateForgotPasswordResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    return checkPasswordResetCode(ctx.deps, input);
  });
