import { z } from 'zod';
import { endSession } from '../../../services/accounts/sessions';
import { authedProcedure } from '../../../trpc';
import { route } from '../../meta';
import { ZLogoutResponse } from './logout.types';
import { clearSessionCookies, refreshTokenCookie } from './session-cookies';

/** Dify served logout as GET before it became POST; older clients still call it that way. */
export const logoutGetProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/logout', tags: ['Auth'], summary: 'Sign out (GET form used by older Dify clients)' }))
  .input(z.void())
  .output(ZLogoutResponse)
  .query(async ({ ctx }) => {
    await endSession(ctx.deps, ctx.actor, refreshTokenCookie(ctx));
    clearSessionCookies(ctx);
    return { result: 'success' as const };
  });
