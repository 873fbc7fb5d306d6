import { and, eq, type SQL, sql } from 'drizzle-orm';
import { accounts, type AppMode, apps, endUsers, type Queryable, sites, webAppAccessMembers, workspaceMembers, workspaces } from '@tessera/db';
import { UUID } from '../../validation';
import { type MemberFacts, webAppAccessMode, type WebAppAccessMode } from './access-rules';

/** A published app as a web-app caller sees it, with what is known about the caller. */
export interface WebAppFacts extends MemberFacts {
  appId: string;
  workspaceId: string;
  mode: AppMode;
  enableSite: boolean;
  accessMode: WebAppAccessMode;
  workspaceArchived: boolean;
  site: { id: string; code: string } | null;
  /** The end user asked for, when it belongs to this app; null otherwise. */
  endUserId: string | null;
  endUserSessionId: string | null;
  accountEmail: string | null;
}

export interface WebAppLookup {
  /** The app by id or by its site's code. */
  app: { id: string } | { siteCode: string };
  /** The signed-in account whose standing with the app is needed. */
  accountId?: string | null;
  endUserId?: string | null;
}

const never = sql`false`;
const asUuid = (value: string | null | undefined) => (value && UUID.test(value) ? value : null);

/**
 * Everything a web-app call needs to decide, in one query: the app and its site, the end user
 * (only if it is this app's), and the account's membership of the app's workspace and of the
 * app's chosen members. Ids that are not UUIDs match nothing instead of failing the query.
 */
export async function findWebApp(db: Queryable, lookup: WebAppLookup): Promise<WebAppFacts | null> {
  const accountId = asUuid(lookup.accountId);
  const endUserId = asUuid(lookup.endUserId);
  let where: SQL;
  if ('id' in lookup.app) {
    const appId = asUuid(lookup.app.id);
    if (!appId) return null;
    where = eq(apps.id, appId);
  } else {
    where = eq(sites.code, lookup.app.siteCode);
  }
  const [row] = await db
    .select({
      appId: apps.id,
      workspaceId: apps.workspaceId,
      mode: apps.mode,
      enableSite: apps.enableSite,
      accessMode: apps.accessMode,
      workspaceStatus: workspaces.status,
      siteId: sites.id,
      siteCode: sites.code,
      endUserId: endUsers.id,
      endUserSessionId: endUsers.sessionId,
      memberId: workspaceMembers.id,
      chosenAccountId: webAppAccessMembers.accountId,
      accountStatus: accounts.status,
      accountEmail: accounts.email,
    })
    .from(apps)
    .innerJoin(workspaces, eq(workspaces.id, apps.workspaceId))
    .leftJoin(sites, and(eq(sites.appId, apps.id), eq(sites.workspaceId, apps.workspaceId)))
    .leftJoin(
      endUsers,
      endUserId ? and(eq(endUsers.id, endUserId), eq(endUsers.appId, apps.id), eq(endUsers.workspaceId, apps.workspaceId)) : never,
    )
    .leftJoin(
      workspaceMembers,
      accountId ? and(eq(workspaceMembers.workspaceId, apps.workspaceId), eq(workspaceMembers.accountId, accountId)) : never,
    )
    .leftJoin(
      webAppAccessMembers,
      accountId
        ? and(
            eq(webAppAccessMembers.appId, apps.id),
            eq(webAppAccessMembers.workspaceId, apps.workspaceId),
            eq(webAppAccessMembers.accountId, accountId),
          )
        : never,
    )
    .leftJoin(accounts, accountId ? eq(accounts.id, accountId) : never)
    .where(where);
  if (!row) return null;
  return {
    appId: row.appId,
    workspaceId: row.workspaceId,
    mode: row.mode,
    enableSite: row.enableSite,
    accessMode: webAppAccessMode(row.accessMode),
    workspaceArchived: row.workspaceStatus === 'archive',
    site: row.siteId && row.siteCode ? { id: row.siteId, code: row.siteCode } : null,
    endUserId: row.endUserId,
    endUserSessionId: row.endUserSessionId,
    isMember: row.memberId !== null,
    isChosen: row.chosenAccountId !== null,
    accountStatus: row.accountStatus,
    accountEmail: row.accountEmail,
  };
}
