import { assertSetupDone } from '../../../services/setup/setup';
import { webAppPasswordSignIn } from '../../../services/web-app/web-app-sign-in';
import { publicProcedure } from '../../../trpc';
import { webLoginMeta, ZWebLoginRequest, ZWebLoginResponse } from './login.types';

export const webLoginProcedure = publicProcedure
  .meta(webLoginMeta)
  .input(ZWebLoginRequest)
  .output(ZWebLoginResponse)
  .mutation(async ({ ctx, input }) => {
    await assertSetupDone(ctx.deps);
    const data = await webAppPasswordSignIn(ctx.deps, { ...input, ip: ctx.request.ip });
    return { result: 'success' as const, data };
  });
