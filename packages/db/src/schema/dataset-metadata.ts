import { index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestamps } from './columns';
import { datasetDocuments } from './dataset-documents';
import { datasets } from './datasets';
import { workspaces } from './workspaces';

export const METADATA_TYPES = ['string', 'number', 'time'] as const;
export type MetadataType = (typeof METADATA_TYPES)[number];

/** A custom metadata field of a dataset; values live in each document's `doc_metadata` by name. */
export const datasetMetadataFields = pgTable(
  'dataset_metadata_fields',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    datasetId: uuid()
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    type: text().$type<MetadataType>().notNull(),
    name: text().notNull(),
    createdBy: uuid(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('dataset_metadata_fields_name_key').on(t.datasetId, t.name)],
);

/** Which documents carry a value for a field (Dify's metadata bindings, for the field's `count`). */
export const datasetMetadataBindings = pgTable(
  'dataset_metadata_bindings',
  {
    metadataId: uuid()
      .notNull()
      .references(() => datasetMetadataFields.id, { onDelete: 'cascade' }),
    documentId: uuid()
      .notNull()
      .references(() => datasetDocuments.id, { onDelete: 'cascade' }),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    datasetId: uuid()
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.metadataId, t.documentId] }), index('dataset_metadata_bindings_document_idx').on(t.documentId)],
);

/** Each retrieval test or retrieve call, for the console's hit-testing history (Dify's dataset_queries). */
export const datasetQueries = pgTable(
  'dataset_queries',
  {
    id: id(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    datasetId: uuid()
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    content: text().notNull(),
    source: text().notNull(),
    sourceAppId: uuid(),
    createdByRole: text().$type<'account' | 'end_user'>().notNull(),
    createdBy: uuid().notNull(),
    queries: jsonb().$type<Record<string, unknown>[]>(),
    createdAt: createdAt(),
  },
  (t) => [index('dataset_queries_dataset_idx').on(t.datasetId, t.createdAt)],
);
