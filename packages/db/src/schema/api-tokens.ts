import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { createdAt, id } from './columns';
import { workspaces } from './workspaces';

/**
 * Bearer keys for the Service API (`app-…`) and the knowledge API (`ds-…`). Only a SHA-256 hash
 * of the secret is stored; the plain key is shown once, when it is created.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    appId: uuid().references(() => apps.id, { onDelete: 'cascade' }),
    /** Set for dataset keys once knowledge bases exist. */
    datasetId: uuid(),
    type: text().$type<'app' | 'dataset'>().notNull(),
    tokenHash: text().notNull(),
    /** What the console may show again: prefix plus the last four characters. */
    tokenHint: text().notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_app_idx').on(t.appId)],
);

export type ApiToken = typeof apiTokens.$inferSelect;
