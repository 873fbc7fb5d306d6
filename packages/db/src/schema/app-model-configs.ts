import { index, integer, jsonb, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { apps } from './apps';
import { createdAt, id } from './columns';
import { workspaces } from './workspaces';

/**
 * Every saved configuration of a prompt app (Dify's AppModelConfig), numbered per app. Saving never
 * edits a version: it adds one, and `apps.app_model_config_id` points at the one that answers, so
 * each message can name the version that produced it.
 */
export const appModelConfigs = pgTable(
  'app_model_configs',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    /** The normalised model_config (Dify's `AppModelConfig.to_dict()` keys). */
    config: jsonb().$type<Record<string, unknown>>().notNull(),
    createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('app_model_configs_app_version_key').on(t.appId, t.version), index('app_model_configs_workspace_idx').on(t.workspaceId)],
);

export type AppModelConfig = typeof appModelConfigs.$inferSelect;
