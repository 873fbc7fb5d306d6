import { boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { id, timestamps } from './columns';
import { workspaces } from './workspaces';

/** How an end user reached an app: the Service API's `user` string, a web-app browser, or an MCP client. */
export const END_USER_TYPES = ['service-api', 'browser', 'mcp'] as const;
export type EndUserType = (typeof END_USER_TYPES)[number];

/**
 * The people an app answers, per app (Dify's EndUser): the Service API's `user` string and a web
 * app's browser session are both a `session_id`, unique within the app. The same string on two
 * apps is two end users, so no app sees another's conversations.
 */
export const endUsers = pgTable(
  'end_users',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    type: text().$type<EndUserType>().notNull(),
    /** The `user` a Service API caller sent, or the id a web app chose; null for anonymous browsers. */
    externalUserId: text(),
    sessionId: text().notNull(),
    name: text(),
    isAnonymous: boolean().notNull().default(false),
    /** A web-app user signed in as a workspace member (private access modes). */
    accountId: uuid(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('end_users_app_session_key').on(t.appId, t.sessionId), index('end_users_workspace_idx').on(t.workspaceId)],
);

export type EndUser = typeof endUsers.$inferSelect;
