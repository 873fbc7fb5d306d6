import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { type Dataset, type DatasetDocument, documentSegments } from '@tessera/db';
import { type Actor } from '../../callers';
import { documentStore } from '../../data/datasets/document-store';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { uploadFilesStore } from '../../data/upload-files';
import { removeDocumentIndex } from '../indexing/index-entries';
import { requestIndexing } from '../indexing/request-indexing';
import { documentFields } from './document-fields';
import { actionTargetFilter, displayStatus, displayStatusFilter } from './display-status';
import { presentDocument, presentIndexingStatus } from './present-document';

export const documentNotFound = (message = 'Document not found.') => errors.notFound('not_found', message);
const RUNNING = ['waiting', 'parsing', 'cleaning', 'splitting', 'indexing'];

export async function findDocument(deps: AppDeps, dataset: Dataset, documentId: string): Promise<DatasetDocument> {
  const doc = await documentStore(deps.db, dataset.workspaceId).find(documentId, dataset.id);
  if (!doc) throw documentNotFound();
  return doc;
}

async function present(deps: AppDeps, dataset: Dataset, docs: DatasetDocument[]) {
  const fields = await documentFields(deps, dataset);
  const out = [];
  for (const doc of docs) {
    const file = await uploadFilesStore(deps.db, dataset.workspaceId).find(String(doc.dataSourceInfo.upload_file_id ?? ''));
    out.push(presentDocument(doc, file, fields));
  }
  return out;
}

/** `GET …/documents`: page, limit, keyword (name), status (display status); has_more as Dify counts it. */
export async function listDocuments(deps: AppDeps, dataset: Dataset, input: { page: number; limit: number; keyword?: string; status?: string }) {
  const { rows, total } = await documentStore(deps.db, dataset.workspaceId).list(dataset.id, {
    page: input.page,
    limit: input.limit,
    keyword: input.keyword,
    where: displayStatusFilter(input.status),
    newestFirst: true,
  });
  return { data: await present(deps, dataset, rows), has_more: rows.length === input.limit, limit: input.limit, total, page: input.page };
}

async function segmentCounts(deps: AppDeps, workspaceId: string, documentIds: string[]) {
  if (documentIds.length === 0) return new Map<string, { completed: number; total: number }>();
  const rows = await deps.db
    .select({
      documentId: documentSegments.documentId,
      total: sql<number>`count(*)`.mapWith(Number),
      completed: sql<number>`count(*) filter (where ${documentSegments.completedAt} is not null)`.mapWith(Number),
    })
    .from(documentSegments)
    .where(and(eq(documentSegments.workspaceId, workspaceId), inArray(documentSegments.documentId, documentIds), ne(documentSegments.status, 're_segment')))
    .groupBy(documentSegments.documentId);
  return new Map(rows.map((r) => [r.documentId, { completed: r.completed, total: r.total }]));
}

/** `GET …/documents/{doc}?metadata=all|only|without` (contract §4.3). */
export async function getDocumentDetail(deps: AppDeps, dataset: Dataset, documentId: string, metadata = 'all') {
  if (!['all', 'only', 'without'].includes(metadata)) throw errors.badRequest('invalid_metadata', `Invalid metadata value: ${metadata}`);
  const doc = await findDocument(deps, dataset, documentId);
  const [base] = await present(deps, dataset, [doc]);
  if (metadata === 'only') return { id: doc.id, doc_type: doc.docType, doc_metadata: base!.doc_metadata };
  const counts = (await segmentCounts(deps, dataset.workspaceId, [doc.id])).get(doc.id) ?? { completed: 0, total: 0 };
  const detail = {
    ...base!,
    data_source_info: base!.data_source_detail_dict,
    completed_at: doc.completedAt ? Math.floor(doc.completedAt.getTime() / 1000) : null,
    updated_at: Math.floor(doc.updatedAt.getTime() / 1000),
    indexing_latency: doc.indexingLatency,
    segment_count: counts.total,
    average_segment_length: counts.total ? Math.floor((doc.wordCount ?? 0) / counts.total) : 0,
    doc_language: doc.docLanguage,
    doc_type: doc.docType,
  };
  if (metadata === 'without') {
    const { doc_type: _t, doc_metadata: _m, ...rest } = detail;
    return rest;
  }
  return detail;
}

/** `DELETE …/documents/{doc}`: archived ones are immutable, running ones cannot go; the index goes with it. */
export async function deleteDocument(deps: AppDeps, dataset: Dataset, documentId: string): Promise<void> {
  const doc = await findDocument(deps, dataset, documentId);
  if (doc.archived) throw errors.notPermitted('archived_document_immutable', 'The archived document is not editable.');
  if (RUNNING.includes(doc.indexingStatus) && doc.indexingStatus !== 'waiting' && !doc.isPaused) {
    throw errors.badRequest('document_indexing', 'Cannot delete document during indexing.');
  }
  await removeDocumentIndex(deps.db, dataset.workspaceId, [doc.id]);
  await documentStore(deps.db, dataset.workspaceId).remove([doc.id]);
}

/** `GET …/documents/{batch}/indexing-status`: progress of every document of one create or update. */
export async function batchIndexingStatus(deps: AppDeps, dataset: Dataset, batch: string) {
  const docs = await documentStore(deps.db, dataset.workspaceId).byBatch(dataset.id, batch);
  if (docs.length === 0) throw documentNotFound('Documents not found.');
  const counts = await segmentCounts(deps, dataset.workspaceId, docs.map((d) => d.id));
  return { data: docs.map((doc) => presentIndexingStatus(doc, counts.get(doc.id)?.completed ?? 0, counts.get(doc.id)?.total ?? 0)) };
}

export async function documentIndexingStatus(deps: AppDeps, dataset: Dataset, documentId: string) {
  const doc = await findDocument(deps, dataset, documentId);
  const counts = (await segmentCounts(deps, dataset.workspaceId, [doc.id])).get(doc.id);
  return presentIndexingStatus(doc, counts?.completed ?? 0, counts?.total ?? 0);
}

export const DOCUMENT_ACTIONS = ['enable', 'disable', 'archive', 'un_archive'] as const;
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];

/**
 * `PATCH …/documents/status/{action}`: each document by Dify's rules (contract §5.2). Disabling,
 * archiving and deleting take documents out of retrieval; enabling and un-archiving bring them back.
 */
export async function setDocumentsStatus(deps: AppDeps, actor: Actor, dataset: Dataset, action: string, documentIds: string[]): Promise<void> {
  if (!(DOCUMENT_ACTIONS as readonly string[]).includes(action)) throw errors.badRequest('invalid_action', `Invalid action: ${action}`);
  const store = documentStore(deps.db, dataset.workspaceId);
  const docs = await store.findMany(dataset.id, [...new Set(documentIds)]);
  for (const doc of docs) {
    if (action === 'disable' && (doc.indexingStatus !== 'completed' || !doc.completedAt)) {
      throw errors.badRequest('invalid_action', `Document: ${doc.name} is not completed.`);
    }
  }
  const now = deps.now();
  for (const doc of docs) {
    if (action === 'enable' && !doc.enabled) await store.update(doc.id, { enabled: true, disabledAt: null, disabledBy: null });
    if (action === 'disable' && doc.enabled) await store.update(doc.id, { enabled: false, disabledAt: now, disabledBy: actor.accountId });
    if (action === 'archive' && !doc.archived) await store.update(doc.id, { archived: true, archivedAt: now, archivedBy: actor.accountId });
    if (action === 'un_archive' && doc.archived) await store.update(doc.id, { archived: false, archivedAt: null, archivedBy: null });
  }
}

/** Console pause and resume (contract §9): pausing stops the run between steps; resuming continues it. */
export async function pauseDocument(deps: AppDeps, actor: Actor, dataset: Dataset, documentId: string): Promise<void> {
  const doc = await findDocument(deps, dataset, documentId);
  if (doc.archived) throw errors.notPermitted('archived_document_immutable', 'The archived document is not editable.');
  if (!RUNNING.includes(doc.indexingStatus) || doc.isPaused) throw errors.badRequest('document_indexing', 'The document is not being indexed.');
  await documentStore(deps.db, dataset.workspaceId).update(doc.id, { isPaused: true, pausedAt: deps.now(), pausedBy: actor.accountId });
}

export async function resumeDocument(deps: AppDeps, dataset: Dataset, documentId: string): Promise<void> {
  const doc = await findDocument(deps, dataset, documentId);
  if (doc.archived) throw errors.notPermitted('archived_document_immutable', 'The archived document is not editable.');
  if (!doc.isPaused) throw errors.badRequest('document_indexing', 'The document is not paused.');
  await documentStore(deps.db, dataset.workspaceId).update(doc.id, { isPaused: false, pausedAt: null, pausedBy: null });
  await requestIndexing(deps, { workspaceId: dataset.workspaceId, datasetId: dataset.id, documentId: doc.id });
}

export function assertAvailable(doc: DatasetDocument): void {
  if (doc.indexingStatus !== 'completed' || !doc.enabled || doc.archived) throw errors.invalidParam('Document is not available');
}

/**
 * `GET …/documents/status/{action}`: what the same path's PATCH would change, a page at a time
 * (or among `document_ids`), each document with its display status.
 */
export async function documentsForAction(deps: AppDeps, dataset: Dataset, action: string, input: { page: number; limit: number; document_ids?: string[] }) {
  if (!(DOCUMENT_ACTIONS as readonly string[]).includes(action)) throw errors.badRequest('invalid_action', `Invalid action: ${action}`);
  const store = documentStore(deps.db, dataset.workspaceId);
  const where = actionTargetFilter(action as DocumentAction, input.document_ids);
  const { rows, total } = await store.list(dataset.id, { page: input.page, limit: input.limit, where, newestFirst: false });
  return {
    action,
    data: rows.map((doc) => ({
      id: doc.id,
      name: doc.name,
      indexing_status: doc.indexingStatus,
      display_status: displayStatus(doc),
      enabled: doc.enabled,
      archived: doc.archived,
    })),
    total,
    page: input.page,
    limit: input.limit,
    has_more: (input.page - 1) * input.limit + rows.length < total,
  };
}
