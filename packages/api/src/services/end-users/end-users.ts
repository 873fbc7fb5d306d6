import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type EndUser, endUsers, type EndUserType } from '@tessera/db';
import { upsertEndUserRow } from '../../data/end-user-rows';
import { type AppDeps } from '../../deps';

/** The app an end user belongs to. */
export interface AppRef {
  appId: string;
  workspaceId: string;
}

/** Dify's stand-in for a Service API call that names no `user`. */
export const DEFAULT_USER = 'DEFAULT-USER';

interface EndUserValues {
  type: EndUserType;
  sessionId: string;
  externalUserId?: string | null;
  isAnonymous?: boolean;
  accountId?: string | null;
}

/** Whether a row already says what an upsert with `values` would write. */
const describes = (row: EndUser, values: EndUserValues) =>
  row.type === values.type &&
  row.externalUserId === (values.externalUserId ?? null) &&
  row.isAnonymous === (values.isAnonymous ?? false) &&
  row.accountId === (values.accountId ?? null);

/**
 * The end user a session id names within an app, created on first sight. Dify keys end users by
 * app and session id, so the same `user` string on two apps is two people; a row of another type
 * with the same session id is re-typed. One upsert statement (shared by the first requests that
 * arrive together), so parallel first requests make one row.
 * Each (app, session id) is written once per process: later requests that name it the same way
 * take the row from the read cache, which drops it when the end user is re-typed or removed.
 */
export async function upsertEndUser(deps: Pick<AppDeps, 'db' | 'cache'>, app: AppRef, values: EndUserValues): Promise<EndUser> {
  const key = `end-user:${app.workspaceId}:${app.appId}:${values.sessionId}`;
  const cached = await deps.cache.read(key, app.workspaceId, () => writeEndUser(deps, app, values));
  if (describes(cached, values)) return cached;
  deps.cache.forget(key);
  return deps.cache.read(key, app.workspaceId, () => writeEndUser(deps, app, values));
}

function writeEndUser(deps: Pick<AppDeps, 'db'>, app: AppRef, values: EndUserValues): Promise<EndUser> {
  return upsertEndUserRow(deps.db, {
    workspaceId: app.workspaceId,
    appId: app.appId,
    type: values.type,
    sessionId: values.sessionId,
    externalUserId: values.externalUserId ?? null,
    isAnonymous: values.isAnonymous ?? false,
    accountId: values.accountId ?? null,
  });
}

/** The Service API's `user`: a missing or empty one is Dify's anonymous `DEFAULT-USER`. */
export function serviceApiEndUser(deps: Pick<AppDeps, 'db' | 'cache'>, app: AppRef, user: string | null | undefined): Promise<EndUser> {
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
export function browserEndUser(deps: Pick<AppDeps, 'db' | 'cache'>, app: AppRef, userId?: string | null): Promise<EndUser> {
  const trimmed = userId?.trim();
  const chosen = trimmed && !trimmed.startsWith(MEMBER_SESSION_PREFIX) ? trimmed : undefined;
  // A new anonymous session is written once and never asked for again: nothing to cache.
  if (!chosen) return writeEndUser(deps, app, { type: 'browser', sessionId: randomUUID(), externalUserId: null, isAnonymous: true });
  return upsertEndUser(deps, app, { type: 'browser', sessionId: chosen, externalUserId: chosen, isAnonymous: false });
}

/** The end user of a workspace member signed in to a non-public web app: one per member and app. */
export function memberEndUser(deps: Pick<AppDeps, 'db' | 'cache'>, app: AppRef, account: { id: string; email: string }): Promise<EndUser> {
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
