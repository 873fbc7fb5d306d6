import { z } from 'zod';
import { endSession } from '../../../services/accounts/sessions';
import { authedProcedure } from '../../../trpc';
import { logoutMeta, ZLogoutResponse } from './logout.types';
import { clearSessionCookies, refreshTokenCookie } from './session-cookies';

export const logoutProcedure = authedProcedure
  .meta(logoutMeta)
  .input(z.object({ refresh_token: z.string().optional() }).optional())
  .output(ZLogoutResponse)
  .mutation(async ({ ctx, input }) => {
    await endSession(ctx.deps, ctx.actor, input?.refresh_token ?? refreshTokenCookie(ctx));
    clearSessionCookies(ctx);
    return { result: 'success' as const };
  });
