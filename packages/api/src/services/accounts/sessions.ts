import { and, eq, gt, or } from 'drizzle-orm';
import { type Account, accounts, type Queryable, sessions } from '@tessera/db';
import { type SessionRef, signConsoleTokens } from '../../auth/console-tokens';
import { actorForSession, sessionLifetimeMs } from '../../auth/session-actor';
import { randomHex, sha256Hex } from '../../auth/tokens';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { AppError, errors } from '../../errors';
import { UUID } from '../../validation';

export interface SessionTokens {
  access_token: string;
  refresh_token: string;
  csrf_token: string;
}

const invalidRefreshToken = () => errors.unauthorized('Invalid refresh token', { result: 'fail' });

/** Opens a session row for a sign-in and records the sign-in on the account. */
async function openSession(deps: AppDeps, account: Pick<Account, 'id'>, ip: string | undefined, refreshToken?: string) {
  const now = deps.now();
  const [row] = await deps.db
    .insert(sessions)
    .values({
      accountId: account.id,
      refreshTokenHash: refreshToken ? sha256Hex(refreshToken) : null,
      expiresAt: new Date(now.getTime() + sessionLifetimeMs(deps)),
    })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned nothing');
  await deps.db
    .update(accounts)
    .set({ lastLoginAt: now, lastActiveAt: now, lastLoginIp: ip ?? null })
    .where(eq(accounts.id, account.id));
  return row.id;
}

/** A console sign-in: a new session and its three tokens (access JWT, opaque refresh token, CSRF JWT). */
export async function issueSession(deps: AppDeps, account: Pick<Account, 'id'>, ip?: string): Promise<SessionTokens> {
  const refresh_token = randomHex(64);
  const sessionId = await openSession(deps, account, ip, refresh_token);
  return { ...(await signConsoleTokens(deps, { accountId: account.id, sessionId })), refresh_token };
}

/** A console page sign-in (next-auth): a session with no refresh token; its id goes in the next-auth JWT. */
export async function startPageSession(deps: AppDeps, account: Pick<Account, 'id'>, ip?: string): Promise<string> {
  return openSession(deps, account, ip);
}

/**
 * Exchanges a refresh token for new tokens of the same session; the old refresh token stops
 * working. Only an account that may still act somewhere gets them: a banned account, or one left
 * without any workspace, is refused like any other caller of that session.
 */
export async function rotateSession(deps: AppDeps, refreshToken: string): Promise<SessionTokens> {
  const now = deps.now();
  const refresh_token = randomHex(64);
  const [session] = await deps.db
    .update(sessions)
    .set({ refreshTokenHash: sha256Hex(refresh_token), expiresAt: new Date(now.getTime() + sessionLifetimeMs(deps)) })
    .where(and(eq(sessions.refreshTokenHash, sha256Hex(refreshToken)), gt(sessions.expiresAt, now)))
    .returning({ sessionId: sessions.id, accountId: sessions.accountId });
  if (!session) throw invalidRefreshToken();
  try {
    await actorForSession(deps, session);
  } catch (error) {
    await endSessionById(deps, session);
    throw error instanceof AppError ? errors.unauthorized(error.message, { result: 'fail' }) : error;
  }
  return { ...(await signConsoleTokens(deps, session)), refresh_token };
}

/**
 * Ends the caller's session, so its access, refresh and CSRF tokens all stop working, and the
 * session of a refresh token the caller presents if it is the caller's own. The admin API key has
 * no session of its own to end.
 */
export async function endSession(deps: AppDeps, actor: Actor, refreshToken?: string): Promise<void> {
  const which = [
    ...(actor.sessionId ? [eq(sessions.id, actor.sessionId)] : []),
    ...(refreshToken ? [eq(sessions.refreshTokenHash, sha256Hex(refreshToken))] : []),
  ];
  if (which.length === 0) return;
  await deps.db.delete(sessions).where(and(eq(sessions.accountId, actor.accountId), or(...which)));
}

/** Ends one session by its id: a next-auth sign-out (where no actor is resolved), a refused refresh. */
export async function endSessionById(deps: AppDeps, session: SessionRef): Promise<void> {
  if (!UUID.test(session.sessionId) || !UUID.test(session.accountId)) return;
  await deps.db.delete(sessions).where(and(eq(sessions.id, session.sessionId), eq(sessions.accountId, session.accountId)));
}

/** Ends every session of an account: a password reset, or an account left without a workspace. */
export async function endAccountSessions(db: Queryable, accountId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.accountId, accountId));
}
