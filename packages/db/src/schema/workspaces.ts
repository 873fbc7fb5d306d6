import { boolean, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { id, timestamps } from './columns';

export const WORKSPACE_ROLES = ['owner', 'admin', 'editor', 'normal', 'dataset_operator'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** A tenant: every piece of tenant data hangs off one of these. */
export const workspaces = pgTable('workspaces', {
  id: id(),
  name: text().notNull(),
  plan: text().notNull().default('basic'),
  status: text().$type<'normal' | 'archive'>().notNull().default('normal'),
  customConfig: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  ...timestamps(),
});

export const workspaceMembers = pgTable(
  'workspace_members',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    role: text().$type<WorkspaceRole>().notNull(),
    /** The workspace the account is working in; at most one true per account. */
    current: boolean().notNull().default(false),
    invitedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('workspace_members_workspace_account_key').on(t.workspaceId, t.accountId),
    index('workspace_members_account_idx').on(t.accountId),
  ],
);

export type Workspace = typeof workspaces.$inferSelect;
export type WorkspaceMember = typeof workspaceMembers.$inferSelect;
