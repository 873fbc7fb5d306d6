import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { type EndUser, endUsers, type EndUserType } from '@tessera/db';
import { type AppDeps } from '../../deps';

/** The app an end user belongs to. */
export interface AppRef {
  appId: string;
  workspaceId: string;
}

/** Dify's stand-in for a Service API call that names no `user`. */
export const DEFAULT_USER = 'DEFAULT-USER';

/**
 * The end user a session id names within an app, created on first sight. Dify keys end users by
 * app and session id, so the same `user` string on two apps is two people; a row of another type
 * with the same session id is re-typed. One statement, so parallel first requests make one row.
 */
export async function upsertEndUser(
  deps: Pick<AppDeps, 'db'>,
  app: AppRef,
  values: { type: EndUserType; sessionId: string; externalUserId?: string | null; isAnonymous?: boolean; accountId?: string | null },
): Promise<EndUser> {
  const [row] = await deps.db
    .insert(endUsers)
    .values({
      workspaceId: app.workspaceId,
      appId: app.appId,
      type: values.type,
      sessionId: values.sessionId,
      externalUserId: values.externalUserId ?? null,
      isAnonymous: values.isAnonymous ?? false,
      accountId: values.accountId ?? null,
    })
    .onConflictDoUpdate({
      target: [endUsers.appId, endUsers.sessionId],
      set: { type: sql`excluded.type`, updatedAt: sql`now()` },
    })
    .returning();
  return row!;
}

/** The Service API's `user`: a missing or empty one is Dify's anonymous `DEFAULT-USER`. */
export function serviceApiEndUser(deps: Pick<AppDeps, 'db'>, app: AppRef, user: string | null | undefined): Promise<EndUser> {
  const sessionId = user?.trim() ? String(user) : DEFAULT_USER;
  return upsertEndUser(deps, app, { type: 'service-api', sessionId, externalUserId: sessionId, isAnonymous: sessionId === DEFAULT_USER });
}

/** Session ids of signed-in members' end users; no id a client chooses can land in this space. */
const MEMBER_SESSION_PREFIX = 'member:';

/**
 * A web-app visitor: the id the client chose (`?user_id=`), or a new anonymous browser session.
 * A chosen id in the members' space is treated as no choice, so a visitor can never take over the
 * end user (and the conversations) of a member who signed in to a private web app.
 */
export function browserEndUser(deps: Pick<AppDeps, 'db'>, app: AppRef, userId?: string | null): Promise<EndUser> {
  const trimmed = userId?.trim();
  const chosen = trimmed && !trimmed.startsWith(MEMBER_SESSION_PREFIX) ? trimmed : undefined;
  return upsertEndUser(deps, app, {
    type: 'browser',
    sessionId: chosen || randomUUID(),
    externalUserId: chosen || null,
    isAnonymous: !chosen,
  });
}

/** The end user of a workspace member signed in to a non-public web app: one per member and app. */
export function memberEndUser(deps: Pick<AppDeps, 'db'>, app: AppRef, account: { id: string; email: string }): Promise<EndUser> {
  return upsertEndUser(deps, app, {
    type: 'browser',
    sessionId: `${MEMBER_SESSION_PREFIX}${account.id}`,
    externalUserId: account.email,
    isAnonymous: false,
    accountId: account.id,
  });
}

/** An end user of this app, or undefined: ids from another app never resolve. */
export async function findAppEndUser(deps: Pick<AppDeps, 'db'>, app: AppRef, endUserId: string): Promise<EndUser | undefined> {
  const [row] = await deps.db
    .select()
    .from(endUsers)
    .where(and(eq(endUsers.id, endUserId), eq(endUsers.appId, app.appId), eq(endUsers.workspaceId, app.workspaceId)));
  return row;
}
