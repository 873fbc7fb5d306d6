import { createHash, randomUUID } from 'node:crypto';
import { and, asc, count, eq, ilike, inArray, max, or, sql, type SQL } from 'drizzle-orm';
import { countTextTokens } from '@tessera/app-engine';
import { childChunks, type Dataset, datasetDocuments, type DatasetDocument, type DocumentSegment, documentSegments, type SegmentStatus } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { escapeLike } from '../../data/escape-like';
import { findDocument } from '../documents/document-ops';
import { embeddingModelKey, embedTexts } from '../indexing/embed-texts';
import { prepareVectorIndex, replaceIndexEntries } from '../indexing/index-entries';
import { nodesOf } from '../indexing/indexing-stages';
import { settledQueryLog } from '../../data/datasets/query-log';
import { presentSegment } from './present-segment';

const segmentNotFound = () => errors.notFound('not_found', 'Segment not found.');

async function childrenOf(deps: AppDeps, workspaceId: string, segmentIds: string[]) {
  if (segmentIds.length === 0) return [];
  return deps.db
    .select()
    .from(childChunks)
    .where(and(eq(childChunks.workspaceId, workspaceId), inArray(childChunks.segmentId, segmentIds)))
    .orderBy(asc(childChunks.position));
}

export async function findSegment(deps: AppDeps, doc: DatasetDocument, segmentId: string): Promise<DocumentSegment> {
  const [segment] = await deps.db
    .select()
    .from(documentSegments)
    .where(and(eq(documentSegments.workspaceId, doc.workspaceId), eq(documentSegments.documentId, doc.id), eq(documentSegments.id, segmentId)));
  if (!segment) throw segmentNotFound();
  return segment;
}

/** `GET …/segments`: by position, with status (any of) and keyword (content or keywords) filters. */
export async function listSegments(
  deps: AppDeps,
  dataset: Dataset,
  documentId: string,
  input: { page: number; limit: number; status?: string[]; keyword?: string; enabled?: boolean },
) {
  const doc = await findDocument(deps, dataset, documentId);
  // Hit counts of this process's recent searches are written just after their answers.
  await settledQueryLog(deps);
  const conditions: SQL[] = [eq(documentSegments.workspaceId, dataset.workspaceId), eq(documentSegments.documentId, doc.id)];
  if (input.status?.length) conditions.push(inArray(documentSegments.status, input.status as SegmentStatus[]));
  if (input.enabled !== undefined) conditions.push(eq(documentSegments.enabled, input.enabled));
  if (input.keyword) {
    const pattern = `%${escapeLike(input.keyword)}%`;
    conditions.push(or(ilike(documentSegments.content, pattern), sql`array_to_string(${documentSegments.keywords}, ' ') ilike ${pattern}`)!);
  }
  const where = and(...conditions);
  const [total] = await deps.db.select({ n: count() }).from(documentSegments).where(where);
  const rows = await deps.db
    .select()
    .from(documentSegments)
    .where(where)
    .orderBy(asc(documentSegments.position))
    .limit(input.limit)
    .offset((input.page - 1) * input.limit);
  const children = await childrenOf(deps, dataset.workspaceId, rows.map((r) => r.id));
  return {
    data: rows.map((row) => presentSegment(row, children.filter((c) => c.segmentId === row.id))),
    doc_form: doc.docForm,
    total: total?.n ?? 0,
    has_more: rows.length === input.limit,
    limit: input.limit,
    page: input.page,
  };
}

export async function getSegment(deps: AppDeps, dataset: Dataset, documentId: string, segmentId: string) {
  const doc = await findDocument(deps, dataset, documentId);
  await settledQueryLog(deps);
  const segment = await findSegment(deps, doc, segmentId);
  return { data: presentSegment(segment, await childrenOf(deps, dataset.workspaceId, [segment.id])), doc_form: doc.docForm };
}

/**
 * Writes a segment's index entries at once (Dify indexes segment edits synchronously). A failure
 * leaves the segment in `error` and disabled, and the call still answers with it.
 */
async function indexSegment(deps: AppDeps, dataset: Dataset, segment: DocumentSegment): Promise<void> {
  try {
    const nodes = await nodesOf(deps, dataset.workspaceId, [segment]);
    if (dataset.indexingTechnique === 'high_quality') {
      const vectors = await embedTexts(deps, dataset, nodes.map((n) => n.text), 'document');
      nodes.forEach((node, i) => (node.embedding = vectors[i]));
      await prepareVectorIndex(deps.db, nodes);
    }
    const now = deps.now();
    await deps.db.transaction(async (tx) => {
      const model = dataset.indexingTechnique === 'high_quality' ? embeddingModelKey(dataset) : null;
      await replaceIndexEntries(tx, { workspaceId: dataset.workspaceId, datasetId: dataset.id, documentId: segment.documentId }, [segment.id], nodes, model);
      await tx.update(documentSegments).set({ status: 'completed', indexingAt: now, completedAt: now, error: null }).where(eq(documentSegments.id, segment.id));
    });
  } catch (error) {
    await deps.db
      .update(documentSegments)
      .set({ status: 'error', enabled: false, error: error instanceof Error ? error.message : String(error), stoppedAt: deps.now() })
      .where(eq(documentSegments.id, segment.id));
  }
}

export interface SegmentInput {
  content: string;
  answer?: string | null;
  keywords?: string[] | null;
}

/** `POST …/segments`: the document must be completed and enabled (404 otherwise, as in Dify). */
export async function createSegments(deps: AppDeps, actor: Pick<Actor, 'accountId'>, dataset: Dataset, documentId: string, segments: SegmentInput[]) {
  const doc = await findDocument(deps, dataset, documentId);
  if (doc.indexingStatus !== 'completed') throw errors.notFound('not_found', 'Document is not completed.');
  if (!doc.enabled) throw errors.notFound('not_found', 'Document is disabled.');
  for (const s of segments) {
    if (!s.content.trim()) throw errors.invalidParam('Content is empty');
    if (doc.docForm === 'qa_model' && !s.answer?.trim()) throw errors.invalidParam('Answer is required');
  }
  const [last] = await deps.db
    .select({ n: max(documentSegments.position) })
    .from(documentSegments)
    .where(and(eq(documentSegments.workspaceId, dataset.workspaceId), eq(documentSegments.documentId, doc.id)));
  const now = deps.now();
  const rows = await deps.db
    .insert(documentSegments)
    .values(
      segments.map((s, i) => {
        const id = randomUUID();
        return {
          id,
          workspaceId: dataset.workspaceId,
          datasetId: dataset.id,
          documentId: doc.id,
          position: (last?.n ?? 0) + i + 1,
          content: s.content,
          answer: doc.docForm === 'qa_model' ? (s.answer ?? null) : null,
          keywords: s.keywords ?? null,
          wordCount: s.content.length + (doc.docForm === 'qa_model' ? (s.answer?.length ?? 0) : 0),
          tokens: countTextTokens(s.content + (s.answer ?? '')),
          indexNodeId: id,
          indexNodeHash: createHash('sha256').update(s.content).digest('hex'),
          status: 'indexing' as const,
          createdBy: actor.accountId,
          createdAt: now,
          updatedAt: now,
        };
      }),
    )
    .returning();
  for (const row of rows) await indexSegment(deps, dataset, row);
  await adjustWordCount(deps, doc, rows.reduce((sum, r) => sum + r.wordCount, 0));
  const saved = await deps.db.select().from(documentSegments).where(inArray(documentSegments.id, rows.map((r) => r.id))).orderBy(asc(documentSegments.position));
  return { data: saved.map((s) => presentSegment(s)), doc_form: doc.docForm };
}

async function adjustWordCount(deps: AppDeps, doc: DatasetDocument, delta: number) {
  if (delta === 0) return;
  await deps.db.execute(sql`update dataset_documents set word_count = coalesce(word_count, 0) + ${delta} where id = ${doc.id} and workspace_id = ${doc.workspaceId}`);
}

export interface SegmentUpdate {
  content?: string | null;
  answer?: string | null;
  keywords?: string[] | null;
  enabled?: boolean | null;
}

/** `POST …/segments/{seg}` (console: PATCH): disable only, or change and re-index (contract §5.3). */
export async function updateSegment(deps: AppDeps, actor: Actor, dataset: Dataset, documentId: string, segmentId: string, input: SegmentUpdate) {
  const doc = await findDocument(deps, dataset, documentId);
  const segment = await findSegment(deps, doc, segmentId);
  if (segment.status === 'indexing') throw errors.invalidParam('Segment is indexing, please try again later');
  const now = deps.now();
  const where = and(eq(documentSegments.workspaceId, dataset.workspaceId), eq(documentSegments.id, segment.id));
  if (input.enabled === false) {
    await deps.db.update(documentSegments).set({ enabled: false, disabledAt: now, disabledBy: actor.accountId }).where(where);
    return getSegment(deps, dataset, documentId, segmentId);
  }
  if (!segment.enabled && input.enabled !== true) throw errors.invalidParam("Can't update disabled segment");
  const content = input.content ?? segment.content;
  const answer = doc.docForm === 'qa_model' ? (input.answer ?? segment.answer) : null;
  const wordCount = content.length + (answer?.length ?? 0);
  const changed = content !== segment.content;
  await deps.db
    .update(documentSegments)
    .set({
      content,
      answer,
      keywords: input.keywords ?? segment.keywords,
      enabled: true,
      disabledAt: null,
      disabledBy: null,
      updatedBy: actor.accountId,
      wordCount,
      ...(changed ? { tokens: countTextTokens(content + (answer ?? '')), indexNodeHash: createHash('sha256').update(content).digest('hex') } : {}),
    })
    .where(where);
  await adjustWordCount(deps, doc, wordCount - segment.wordCount);
  if (changed) {
    // Edited parents keep no stale children: their text no longer covers the new content.
    await deps.db.delete(childChunks).where(and(eq(childChunks.workspaceId, dataset.workspaceId), eq(childChunks.segmentId, segment.id)));
    await indexSegment(deps, dataset, (await findSegment(deps, doc, segment.id))!);
  }
  return getSegment(deps, dataset, documentId, segmentId);
}

/** `DELETE …/segments/{seg}`: its index entries and children go with it. */
export async function deleteSegment(deps: AppDeps, dataset: Dataset, documentId: string, segmentId: string): Promise<void> {
  const doc = await findDocument(deps, dataset, documentId);
  const segment = await findSegment(deps, doc, segmentId);
  await deps.db.delete(documentSegments).where(and(eq(documentSegments.workspaceId, dataset.workspaceId), eq(documentSegments.id, segment.id)));
  await adjustWordCount(deps, doc, -segment.wordCount);
}

/** The document a segment of the dataset belongs to, for the dataset-level segment paths. */
export async function segmentDocumentId(deps: AppDeps, dataset: Dataset, segmentId: string): Promise<string> {
  const [row] = await deps.db
    .select({ documentId: documentSegments.documentId })
    .from(documentSegments)
    .where(and(eq(documentSegments.workspaceId, dataset.workspaceId), eq(documentSegments.datasetId, dataset.id), eq(documentSegments.id, segmentId)));
  if (!row) throw segmentNotFound();
  return row.documentId;
}

/**
 * `GET /datasets/{id}/segments`: the segments of every document of the dataset (or of one, with
 * `document_id`), by document position then segment position, with the same filters as a
 * document's list.
 */
export async function listDatasetSegments(
  deps: AppDeps,
  dataset: Dataset,
  input: { page: number; limit: number; document_id?: string; status?: string[]; keyword?: string },
) {
  if (input.document_id) return listSegments(deps, dataset, input.document_id, input);
  await settledQueryLog(deps);
  const conditions: SQL[] = [eq(documentSegments.workspaceId, dataset.workspaceId), eq(documentSegments.datasetId, dataset.id)];
  if (input.status?.length) conditions.push(inArray(documentSegments.status, input.status as SegmentStatus[]));
  if (input.keyword) {
    const pattern = `%${escapeLike(input.keyword)}%`;
    conditions.push(or(ilike(documentSegments.content, pattern), sql`array_to_string(${documentSegments.keywords}, ' ') ilike ${pattern}`)!);
  }
  const where = and(...conditions);
  const [total] = await deps.db.select({ n: count() }).from(documentSegments).where(where);
  const rows = await deps.db
    .select({ segment: documentSegments })
    .from(documentSegments)
    .innerJoin(datasetDocuments, and(eq(datasetDocuments.workspaceId, dataset.workspaceId), eq(datasetDocuments.id, documentSegments.documentId)))
    .where(where)
    .orderBy(asc(datasetDocuments.position), asc(documentSegments.position))
    .limit(input.limit)
    .offset((input.page - 1) * input.limit)
    .then((found) => found.map((r) => r.segment));
  const children = await childrenOf(deps, dataset.workspaceId, rows.map((r) => r.id));
  return {
    data: rows.map((row) => presentSegment(row, children.filter((c) => c.segmentId === row.id))),
    doc_form: dataset.chunkStructure ?? 'text_model',
    total: total?.n ?? 0,
    has_more: (input.page - 1) * input.limit + rows.length < (total?.n ?? 0),
    limit: input.limit,
    page: input.page,
  };
}
