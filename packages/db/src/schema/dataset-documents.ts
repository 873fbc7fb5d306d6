import { boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';
import { datasetProcessRules, datasets, type DocForm } from './datasets';
import { workspaces } from './workspaces';

export const INDEXING_STATUSES = ['waiting', 'parsing', 'cleaning', 'splitting', 'indexing', 'paused', 'completed', 'error'] as const;
export type IndexingStatus = (typeof INDEXING_STATUSES)[number];

const ts = () => timestamp({ withTimezone: true });

/**
 * A document of a knowledge base, with the indexing pipeline's progress: the status and the time
 * each stage finished, the error of a failed run, and the pause flag the pipeline checks.
 */
export const datasetDocuments = pgTable(
  'dataset_documents',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    datasetId: uuid()
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    dataSourceType: text().notNull().default('upload_file'),
    /** `{upload_file_id}` for uploads. */
    dataSourceInfo: jsonb().$type<Record<string, unknown>>().notNull(),
    processRuleId: uuid().references(() => datasetProcessRules.id, { onDelete: 'set null' }),
    batch: text().notNull(),
    name: text().notNull(),
    createdFrom: text().$type<'web' | 'api'>().notNull(),
    createdBy: uuid().notNull(),
    docForm: text().$type<DocForm>().notNull().default('text_model'),
    docLanguage: text(),
    docType: text(),
    /** Custom and built-in metadata values by field name. */
    docMetadata: jsonb().$type<Record<string, unknown>>(),
    indexingStatus: text().$type<IndexingStatus>().notNull().default('waiting'),
    /** Text the extract stage read and the clean stage tidied; the split stage reads it. */
    extractedText: text(),
    processingStartedAt: ts(),
    parsingCompletedAt: ts(),
    cleaningCompletedAt: ts(),
    splittingCompletedAt: ts(),
    completedAt: ts(),
    indexingLatency: doublePrecision(),
    tokens: integer(),
    wordCount: integer(),
    error: text(),
    stoppedAt: ts(),
    isPaused: boolean().notNull().default(false),
    pausedAt: ts(),
    pausedBy: uuid(),
    enabled: boolean().notNull().default(true),
    disabledAt: ts(),
    disabledBy: uuid(),
    archived: boolean().notNull().default(false),
    archivedAt: ts(),
    archivedBy: uuid(),
    hitCount: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    index('dataset_documents_dataset_idx').on(t.datasetId, t.position),
    index('dataset_documents_batch_idx').on(t.datasetId, t.batch),
  ],
);

export type DatasetDocument = typeof datasetDocuments.$inferSelect;
