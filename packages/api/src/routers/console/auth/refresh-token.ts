import { rotateSession } from '../../../services/accounts/sessions';
import { errors } from '../../../errors';
import { publicProcedure } from '../../../trpc';
import { refreshTokenMeta, ZRefreshTokenRequest, ZRefreshTokenResponse } from './refresh-token.types';
import { refreshTokenCookie, setSessionCookies } from './session-cookies';

export const refreshTokenProcedure = publicProcedure
  .meta(refreshTokenMeta)
  .input(ZRefreshTokenRequest)
  .output(ZRefreshTokenResponse)
  .mutation(async ({ ctx, input }) => {
    const token = refreshTokenCookie(ctx) ?? input.refresh_token;
    if (!token) throw errors.unauthorized('No refresh token provided', { result: 'fail' });
    const tokens = await rotateSession(ctx.deps, token);
    setSessionCookies(ctx, tokens);
    return { result: 'success' as const, data: tokens };
  });
