import { authenticateWithEmailCode } from '../../../services/accounts/email-code-login';
import { issueSession } from '../../../services/accounts/sessions';
import { assertSetupDone } from '../../../services/setup/setup';
import { publicProcedure } from '../../../trpc';
import { setSessionCookies } from './session-cookies';
import {
  validateEmailCodeLoginMeta,
  ZValidateEmailCodeLoginRequest,
  ZValidateEmailCodeLoginResponse,
} from './validate-email-code-login.types';

export const validateEmailCodeLoginProcedure = publicProcedure
  .meta(validateEmailCodeLoginMeta)
  .input(ZValidateEmailCodeLoginRequest)
  .output(ZValidateEmailCodeLoginResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    const account = await authenticateWithEmailCode(ctx.deps, { ...input, ip: ctx.request.ip });
    const tokens = await issueSession(ctx.deps, account, ctx.request.ip);
    setSessionCookies(ctx, tokens);
    return { result: 'success' as const, data: tokens };
  });
