import { bearerToken } from '../../../auth/tokens';
import { assertSetupDone } from '../../../services/setup/setup';
import { webAppLoginStatus } from '../../../services/web-app/login-status';
import { publicProcedure } from '../../../trpc';
import { webLoginStatusMeta, ZWebLoginStatusRequest, ZWebLoginStatusResponse } from './login-status.types';

export const webLoginStatusProcedure = publicProcedure
  .meta(webLoginStatusMeta)
  .input(ZWebLoginStatusRequest)
  .output(ZWebLoginStatusResponse)
  .query(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    return webAppLoginStatus(ctx.deps, {
      appCode: input.app_code,
      userId: input.user_id,
      loginToken: bearerToken(ctx.request.headers),
      passport: ctx.request.headers.get('x-app-passport'),
    });
  });
