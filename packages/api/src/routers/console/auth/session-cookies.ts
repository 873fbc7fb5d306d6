import { type Context } from '../../../context';
import { type SessionTokens } from '../../../services/accounts/sessions';

const SESSION_COOKIES = ['access_token', 'refresh_token', 'csrf_token'] as const;

/** Sets the three console cookies; the CSRF one stays readable by the page, which echoes it in a header. */
export function setSessionCookies(ctx: Pick<Context, 'deps' | 'response'>, tokens: SessionTokens): void {
  const accessSeconds = ctx.deps.config.accessTokenMinutes * 60;
  ctx.response.setCookie('access_token', tokens.access_token, { maxAgeSeconds: accessSeconds });
  ctx.response.setCookie('refresh_token', tokens.refresh_token, { maxAgeSeconds: ctx.deps.config.refreshTokenDays * 86_400 });
  ctx.response.setCookie('csrf_token', tokens.csrf_token, { maxAgeSeconds: accessSeconds, httpOnly: false });
}

export function clearSessionCookies(ctx: Pick<Context, 'response'>): void {
  for (const name of SESSION_COOKIES) ctx.response.clearCookie(name);
}

/** The refresh token a browser holds, under Dify's `__Host-` name over https or the plain one. */
export function refreshTokenCookie(ctx: Pick<Context, 'request'>): string | undefined {
  return ctx.request.cookies['__Host-refresh_token'] ?? ctx.request.cookies.refresh_token;
}
