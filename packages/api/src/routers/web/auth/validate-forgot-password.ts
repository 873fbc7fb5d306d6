import { checkPasswordResetCode } from '../../../services/accounts/password-reset';
import { assertSetupDone } from '../../../services/setup/setup';
import { publicProcedure } from '../../../trpc';
import {
  webValidateForgotPasswordMeta,
  ZWebValidateForgotPasswordRequest,
  ZWebValidateForgotPasswordResponse,
} from './forgot-password.types';

export const webValidateForgotPasswordProcedure = publicProcedure
  .meta(webValidateForgotPasswordMeta)
  .input(ZWebValidateForgotPasswordRequest)
  .output(ZWebValidateForgotPasswordResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    return checkPasswordResetCode(ctx.deps, input);
  });
