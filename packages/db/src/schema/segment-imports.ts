import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';
import { datasetDocuments } from './dataset-documents';
import { workspaces } from './workspaces';

export const SEGMENT_IMPORT_STATUSES = ['waiting', 'processing', 'completed', 'error'] as const;
export type SegmentImportStatus = (typeof SEGMENT_IMPORT_STATUSES)[number];

/**
 * A segments CSV import (the console's batch import): created `waiting` with the request, then
 * moved along by the import job itself, so its status reads the same whichever runs the job (the
 * in-process driver or an Inngest server). The id is the `job_id` Dify's console polls.
 */
export const segmentImportJobs = pgTable('segment_import_jobs', {
  id: id(),
  workspaceId: uuid()
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  datasetId: uuid().notNull(),
  documentId: uuid()
    .notNull()
    .references(() => datasetDocuments.id, { onDelete: 'cascade' }),
  uploadFileId: uuid().notNull(),
  createdBy: uuid().notNull(),
  status: text().$type<SegmentImportStatus>().notNull().default('waiting'),
  /** Segments added when it completed. */
  segments: integer(),
  /** Why it failed, for operators; Dify's status answer carries only `error`. */
  error: text(),
  ...timestamps(),
});

export type SegmentImportJob = typeof segmentImportJobs.$inferSelect;
