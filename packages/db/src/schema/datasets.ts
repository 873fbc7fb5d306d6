import { boolean, index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { apps } from './apps';
import { id, timestamps, createdAt } from './columns';
import { workspaces } from './workspaces';

export const INDEXING_TECHNIQUES = ['high_quality', 'economy'] as const;
export type IndexingTechnique = (typeof INDEXING_TECHNIQUES)[number];
export const DATASET_PERMISSIONS = ['only_me', 'all_team_members', 'partial_members'] as const;
export type DatasetPermission = (typeof DATASET_PERMISSIONS)[number];
export const DOC_FORMS = ['text_model', 'hierarchical_model', 'qa_model'] as const;
export type DocForm = (typeof DOC_FORMS)[number];

/** A knowledge base (Dify's Dataset). Its retrieval settings are kept as the request sent them. */
export const datasets = pgTable(
  'datasets',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    description: text(),
    provider: text().$type<'vendor' | 'external'>().notNull().default('vendor'),
    permission: text().$type<DatasetPermission>().notNull().default('only_me'),
    dataSourceType: text(),
    indexingTechnique: text().$type<IndexingTechnique>(),
    embeddingModel: text(),
    embeddingModelProvider: text(),
    retrievalModel: jsonb().$type<Record<string, unknown>>(),
    /** The doc_form fixed by the first document. */
    chunkStructure: text().$type<DocForm>(),
    builtInFieldEnabled: boolean().notNull().default(false),
    enableApi: boolean().notNull().default(true),
    iconInfo: jsonb().$type<Record<string, unknown>>(),
    createdBy: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    updatedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('datasets_workspace_name_key').on(t.workspaceId, t.name), index('datasets_workspace_created_idx').on(t.workspaceId, t.createdAt)],
);

/** The members a `partial_members` dataset is shared with. */
export const datasetPermissions = pgTable(
  'dataset_permissions',
  {
    datasetId: uuid()
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.accountId] }), index('dataset_permissions_account_idx').on(t.accountId)],
);

/** A processing rule as a document was created with (`mode` and `rules` in Dify's request shape). */
export const datasetProcessRules = pgTable(
  'dataset_process_rules',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    datasetId: uuid()
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    mode: text().$type<'automatic' | 'custom' | 'hierarchical'>().notNull(),
    rules: jsonb().$type<Record<string, unknown> | null>(),
    createdBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [index('dataset_process_rules_dataset_idx').on(t.datasetId, t.createdAt)],
);

export type Dataset = typeof datasets.$inferSelect;
export type DatasetProcessRule = typeof datasetProcessRules.$inferSelect;

/**
 * Which apps answer from which datasets (Dify's app_dataset_joins), kept in step with each app's
 * saved configuration: a dataset's app count, its related apps, and whether it may be deleted.
 */
export const appDatasetJoins = pgTable(
  'app_dataset_joins',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    datasetId: uuid()
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('app_dataset_joins_app_dataset_key').on(t.appId, t.datasetId), index('app_dataset_joins_dataset_idx').on(t.datasetId)],
);
