import { assertSetupDone } from '../../../services/setup/setup';
import { webAppEmailCodeSignIn } from '../../../services/web-app/web-app-sign-in';
import { publicProcedure } from '../../../trpc';
import {
  webValidateEmailCodeMeta,
  ZWebValidateEmailCodeRequest,
  ZWebValidateEmailCodeResponse,
} from './validate-email-code-login.types';

export const webValidateEmailCodeProcedure = publicProcedure
  .meta(webValidateEmailCodeMeta)
  .input(ZWebValidateEmailCodeRequest)
  .output(ZWebValidateEmailCodeResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    const data = await webAppEmailCodeSignIn(ctx.deps, { ...input, ip: ctx.request.ip });
    return { result: 'success' as const, data };
  });
