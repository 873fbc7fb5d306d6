import { z } from 'zod';
import { endSession } from '../../../services/accounts/sessions';
import { authedProcedure } from '../../../trpc';
import { logoutMeta, ZLogoutResponse } from './logout.types';

export const logoutProcedure = authedProcedure
  .meta(logoutMeta)
  .input(z.object({ refresh_token: z.string().optional() }).optional())
  .output(ZLogoutResponse)
  .mutation(async ({ ctx, input }) => {
    const refreshToken = input?.refresh_token ?? ctx.request.cookies['__Host-refresh_token'] ?? ctx.request.cookies.refresh_token;
    await endSession(ctx.deps, ctx.response, ctx.actor.accountId, refreshToken);
    return { result: 'success' as const };
  });
