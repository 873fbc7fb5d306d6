import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import { accounts, sessions, workspaceMembers, workspaces } from '@tessera/db';
import { type Actor } from '../callers';
import { type AppDeps } from '../deps';
import { errors } from '../errors';
import { markCurrent } from '../services/workspaces/membership';
import { UUID } from '../validation';
import { type SessionRef } from './console-tokens';

/** How long a session lasts after it was last extended: the refresh token's lifetime. */
export function sessionLifetimeMs(deps: AppDeps): number {
  return deps.config.refreshTokenDays * 86_400_000;
}

export const sessionEnded = () =>
  errors.unauthenticated('unauthorized_and_force_logout', 'Your session has ended. Please sign in again.');

/**
 * The actor behind a session, for the console REST mount (access token) and the typed RPC mount
 * (next-auth session) alike. Every request already had to load the account and its current
 * membership; the session row joins that same query, so a signed-out, expired or foreign session
 * costs no extra round trip. The membership is the one marked current, else the first joined
 * (Dify's loader rule), among workspaces in use.
 */
export async function actorForSession(deps: AppDeps, session: SessionRef): Promise<Actor> {
  if (!UUID.test(session.sessionId) || !UUID.test(session.accountId)) throw sessionEnded();
  const now = deps.now();
  const membership = deps.db
    .select({ workspaceId: workspaceMembers.workspaceId, role: workspaceMembers.role, current: workspaceMembers.current })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(and(eq(workspaceMembers.accountId, sessions.accountId), eq(workspaces.status, 'normal')))
    .orderBy(desc(workspaceMembers.current), asc(workspaceMembers.createdAt), asc(workspaces.id))
    .limit(1)
    .as('membership');
  const [row] = await deps.db
    .select({
      email: accounts.email,
      name: accounts.name,
      status: accounts.status,
      expiresAt: sessions.expiresAt,
      workspaceId: membership.workspaceId,
      role: membership.role,
      current: membership.current,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoinLateral(membership, sql`true`)
    .where(and(eq(sessions.id, session.sessionId), eq(sessions.accountId, session.accountId), gt(sessions.expiresAt, now)));
  if (!row) throw sessionEnded();
  if (row.status === 'banned' || row.status === 'closed') {
    throw errors.unauthenticated('unauthorized_and_force_logout', 'Account is banned or closed.');
  }
  if (row.status === 'uninitialized') throw errors.badRequest('account_not_initialized', 'The account has not been initialized yet.');
  if (!row.workspaceId || !row.role) {
    throw errors.unauthenticated('workspace_not_found', 'Workspace not found, please contact system admin to invite you to join in a workspace.');
  }
  if (!row.current) await markCurrent(deps.db, session.accountId, row.workspaceId);
  await extendWhenHalfSpent(deps, session.sessionId, row.expiresAt, now);
  return {
    accountId: session.accountId,
    email: row.email,
    name: row.name,
    workspaceId: row.workspaceId,
    role: row.role,
    sessionId: session.sessionId,
  };
}

/**
 * A session in use keeps going: once less than half its lifetime is left, it gets a full one
 * again. Writing only then keeps the per-request path free of writes on all but rare requests.
 */
async function extendWhenHalfSpent(deps: AppDeps, sessionId: string, expiresAt: Date, now: Date): Promise<void> {
  const lifetime = sessionLifetimeMs(deps);
  if (expiresAt.getTime() - now.getTime() >= lifetime / 2) return;
  await deps.db
    .update(sessions)
    .set({ expiresAt: new Date(now.getTime() + lifetime) })
    .where(eq(sessions.id, sessionId));
}
