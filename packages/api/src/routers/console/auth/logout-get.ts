import { z } from 'zod';
import { endSession } from '../../../services/accounts/sessions';
import { authedProcedure } from '../../../trpc';
import { route } from '../../meta';
import { ZLogoutResponse } from './logout.types';

/** Dify served logout as GET before it became POST; older clients still call it that way. */
export const logoutGetProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/logout', tags: ['Auth'], summary: 'Sign out (GET form used by older Dify clients)' }))
  .input(z.void())
  .output(ZLogoutResponse)
  .query(async ({ ctx }) => {
    const refreshToken = ctx.request.cookies['__Host-refresh_token'] ?? ctx.request.cookies.refresh_token;
    await endSession(ctx.deps, ctx.response, ctx.actor.accountId, refreshToken);
    return { result: 'success' as const };
  });
