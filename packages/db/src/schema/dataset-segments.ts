import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { datasetDocuments } from './dataset-documents';
import { datasets } from './datasets';
import { workspaces } from './workspaces';

export const SEGMENT_STATUSES = ['waiting', 'indexing', 'completed', 'error', 'paused', 're_segment'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

const ts = () => timestamp({ withTimezone: true });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A chunk of a document. Segment ids are derived from (document, run, position) by the split
 * stage, so a replayed stage writes the same rows instead of new ones.
 */
export const documentSegments = pgTable(
  'document_segments',
  {
    id: uuid().primaryKey(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    datasetId: uuid()
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    documentId: uuid()
      .notNull()
      .references(() => datasetDocuments.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    content: text().notNull(),
    answer: text(),
    wordCount: integer().notNull(),
    tokens: integer().notNull().default(0),
    keywords: text().array(),
    indexNodeId: text(),
    indexNodeHash: text(),
    hitCount: integer().notNull().default(0),
    enabled: boolean().notNull().default(true),
    disabledAt: ts(),
    disabledBy: uuid(),
    status: text().$type<SegmentStatus>().notNull().default('waiting'),
    createdBy: uuid().notNull(),
    updatedBy: uuid(),
    indexingAt: ts(),
    completedAt: ts(),
    error: text(),
    stoppedAt: ts(),
    ...timestamps(),
  },
  (t) => [index('document_segments_document_idx').on(t.documentId, t.position), index('document_segments_dataset_idx').on(t.datasetId)],
);

/** The children of a parent segment (parent-child documents); only children are indexed there. */
export const childChunks = pgTable(
  'child_chunks',
  {
    id: uuid().primaryKey(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    datasetId: uuid()
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    documentId: uuid()
      .notNull()
      .references(() => datasetDocuments.id, { onDelete: 'cascade' }),
    segmentId: uuid()
      .notNull()
      .references(() => documentSegments.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    content: text().notNull(),
    wordCount: integer().notNull(),
    type: text().$type<'automatic' | 'customized'>().notNull().default('automatic'),
    createdBy: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [index('child_chunks_segment_idx').on(t.segmentId, t.position)],
);

/**
 * What retrieval searches: one row per indexed node (a segment, or a child chunk of a parent-child
 * document). `search_text` is a 'simple' tsvector over text cut into words with Intl.Segmenter, so
 * Chinese and Japanese are searchable; `embedding` is set for high_quality datasets. Where pgvector
 * exists, cosine search uses per-dimension HNSW indexes over `embedding::vector(n)`; elsewhere the
 * same distance is computed exactly over the array.
 */
export const segmentIndexEntries = pgTable(
  'segment_index_entries',
  {
    /** The segment's or child chunk's id. */
    nodeId: uuid().primaryKey(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    datasetId: uuid()
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    documentId: uuid()
      .notNull()
      .references(() => datasetDocuments.id, { onDelete: 'cascade' }),
    segmentId: uuid()
      .notNull()
      .references(() => documentSegments.id, { onDelete: 'cascade' }),
    childChunkId: uuid().references(() => childChunks.id, { onDelete: 'cascade' }),
    searchText: tsvector().notNull(),
    embedding: real().array(),
    dimensions: integer(),
    /** `provider/model` that made the embedding. */
    embeddingModel: text(),
    ...timestamps(),
  },
  (t) => [
    index('segment_index_entries_dataset_idx').on(t.datasetId),
    index('segment_index_entries_segment_idx').on(t.segmentId),
    index('segment_index_entries_search_idx').using('gin', t.searchText),
    index('segment_index_entries_dims_idx').on(t.datasetId, t.dimensions).where(sql`${t.embedding} is not null`),
  ],
);

export type DocumentSegment = typeof documentSegments.$inferSelect;
export type ChildChunk = typeof childChunks.$inferSelect;
