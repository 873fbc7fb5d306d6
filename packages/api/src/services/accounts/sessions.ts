import { and, eq, gt } from 'drizzle-orm';
import { type Account, accounts, refreshTokens } from '@tessera/db';
import { ACCESS_TOKEN_SUBJECT } from '../../auth/console-session';
import { randomHex, sha256Hex, signJwt } from '../../auth/tokens';
import { type ResponseControl } from '../../context';
import { type AppDeps } from '../../deps';
import { AppError } from '../../errors';

export interface SessionTokens {
  access_token: string;
  refresh_token: string;
  csrf_token: string;
}

/**
 * Issues the console's three tokens (access JWT, opaque refresh token, CSRF JWT) and sets them as
 * cookies; they are also returned for clients that read them from the body.
 */
export async function issueSession(
  deps: AppDeps,
  response: ResponseControl | undefined,
  account: Pick<Account, 'id'>,
  ip?: string,
): Promise<SessionTokens> {
  const now = deps.now();
  const accessSeconds = deps.config.accessTokenMinutes * 60;
  const refreshSeconds = deps.config.refreshTokenDays * 86_400;
  const accessExpires = new Date(now.getTime() + accessSeconds * 1000);
  const access_token = await signJwt(
    deps.config.secretKey,
    { user_id: account.id, iss: deps.config.edition, sub: ACCESS_TOKEN_SUBJECT },
    accessExpires,
  );
  const csrf_token = await signJwt(deps.config.secretKey, { sub: account.id }, accessExpires);
  const refresh_token = randomHex(64);
  await deps.db.insert(refreshTokens).values({
    tokenHash: sha256Hex(refresh_token),
    accountId: account.id,
    expiresAt: new Date(now.getTime() + refreshSeconds * 1000),
  });
  await deps.db
    .update(accounts)
    .set({ lastLoginAt: now, lastActiveAt: now, lastLoginIp: ip ?? null })
    .where(eq(accounts.id, account.id));
  if (response) {
    response.setCookie('access_token', access_token, { maxAgeSeconds: accessSeconds });
    response.setCookie('refresh_token', refresh_token, { maxAgeSeconds: refreshSeconds });
    response.setCookie('csrf_token', csrf_token, { maxAgeSeconds: accessSeconds, httpOnly: false });
  }
  return { access_token, refresh_token, csrf_token };
}

/** Exchanges a refresh token for a new session; the old refresh token stops working. */
export async function rotateSession(deps: AppDeps, response: ResponseControl, refreshToken: string): Promise<SessionTokens> {
  const [deleted] = await deps.db
    .delete(refreshTokens)
    .where(and(eq(refreshTokens.tokenHash, sha256Hex(refreshToken)), gt(refreshTokens.expiresAt, deps.now())))
    .returning({ accountId: refreshTokens.accountId });
  if (!deleted) throw new AppError('unauthorized', 'Invalid refresh token', 401, { result: 'fail' });
  return issueSession(deps, response, { id: deleted.accountId });
}

export async function endSession(deps: AppDeps, response: ResponseControl, accountId: string, refreshToken?: string) {
  if (refreshToken) await deps.db.delete(refreshTokens).where(eq(refreshTokens.tokenHash, sha256Hex(refreshToken)));
  else await deps.db.delete(refreshTokens).where(eq(refreshTokens.accountId, accountId));
  for (const name of ['access_token', 'refresh_token', 'csrf_token']) response.clearCookie(name);
}
