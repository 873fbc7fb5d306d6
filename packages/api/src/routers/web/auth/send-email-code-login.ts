import { assertSetupDone } from '../../../services/setup/setup';
import { sendWebAppEmailCode } from '../../../services/web-app/web-app-sign-in';
import { publicProcedure } from '../../../trpc';
import { webSendEmailCodeMeta, ZWebSendEmailCodeRequest, ZWebSendEmailCodeResponse } from './send-email-code-login.types';

export const webSendEmailCodeProcedure = publicProcedure
  .meta(webSendEmailCodeMeta)
  .input(ZWebSendEmailCodeRequest)
  .output(ZWebSendEmailCodeResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    const token = await sendWebAppEmailCode(ctx.deps, { ...input, ip: ctx.request.ip });
    return { result: 'success' as const, data: token };
  });
