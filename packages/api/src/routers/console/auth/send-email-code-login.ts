import { sendEmailCodeLogin } from '../../../services/accounts/email-code-login';
import { assertSetupDone } from '../../../services/setup/setup';
import { publicProcedure } from '../../../trpc';
import { sendEmailCodeLoginMeta, ZSendEmailCodeLoginRequest, ZSendEmailCodeLoginResponse } from './send-email-code-login.types';

export const sendEmailCodeLoginProcedure = publicProcedure
  .meta(sendEmailCodeLoginMeta)
  .input(ZSendEmailCodeLoginRequest)
  .output(ZSendEmailCodeLoginResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    const token = await sendEmailCodeLogin(ctx.deps, { ...input, ip: ctx.request.ip });
    return { result: 'success' as const, data: token };
  });
