import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, ilike, max, type SQL } from 'drizzle-orm';
import { childChunks, type Dataset, type DocumentSegment } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { escapeLike } from '../../data/escape-like';
import { findDocument } from '../documents/document-ops';
import { embeddingModelKey, embedTexts } from '../indexing/embed-texts';
import { prepareVectorIndex, replaceIndexEntries } from '../indexing/index-entries';
import { nodesOf } from '../indexing/indexing-stages';
import { findSegment } from './segment-ops';
import { presentChildChunk } from './present-segment';

const childNotFound = () => errors.notFound('not_found', 'Child chunk not found.');

async function parentOf(deps: AppDeps, dataset: Dataset, documentId: string, segmentId: string): Promise<DocumentSegment> {
  const doc = await findDocument(deps, dataset, documentId);
  return findSegment(deps, doc, segmentId);
}

/** Re-writes the parent's index entries from its children (they are what parent-child documents index). */
async function reindexParent(deps: AppDeps, dataset: Dataset, segment: DocumentSegment): Promise<void> {
  const nodes = await nodesOf(deps, dataset.workspaceId, [segment]);
  try {
    if (dataset.indexingTechnique === 'high_quality') {
      const vectors = await embedTexts(deps, dataset, nodes.map((n) => n.text), 'document');
      nodes.forEach((node, i) => (node.embedding = vectors[i]));
      await prepareVectorIndex(deps.db, nodes);
    }
  } catch (error) {
    throw errors.invalidParam(error instanceof Error ? error.message : String(error));
  }
  const model = dataset.indexingTechnique === 'high_quality' ? embeddingModelKey(dataset) : null;
  await deps.db.transaction((tx) => replaceIndexEntries(tx, { workspaceId: dataset.workspaceId, datasetId: dataset.id, documentId: segment.documentId }, [segment.id], nodes, model));
}

export async function listChildChunks(deps: AppDeps, dataset: Dataset, documentId: string, segmentId: string, input: { page: number; limit: number; keyword?: string }) {
  const segment = await parentOf(deps, dataset, documentId, segmentId);
  const conditions: SQL[] = [eq(childChunks.workspaceId, dataset.workspaceId), eq(childChunks.segmentId, segment.id)];
  if (input.keyword) conditions.push(ilike(childChunks.content, `%${escapeLike(input.keyword)}%`));
  const where = and(...conditions);
  const [total] = await deps.db.select({ n: count() }).from(childChunks).where(where);
  const rows = await deps.db.select().from(childChunks).where(where).orderBy(asc(childChunks.position)).limit(input.limit).offset((input.page - 1) * input.limit);
  const n = total?.n ?? 0;
  return { data: rows.map(presentChildChunk), total: n, total_pages: Math.ceil(n / input.limit), page: input.page, limit: input.limit };
}

/** A customised child at the end of the parent, indexed at once. */
export async function createChildChunk(deps: AppDeps, actor: Actor, dataset: Dataset, documentId: string, segmentId: string, content: string) {
  const segment = await parentOf(deps, dataset, documentId, segmentId);
  if (!content.trim()) throw errors.invalidParam('Content is empty');
  const [last] = await deps.db.select({ n: max(childChunks.position) }).from(childChunks).where(and(eq(childChunks.workspaceId, dataset.workspaceId), eq(childChunks.segmentId, segment.id)));
  const [child] = await deps.db
    .insert(childChunks)
    .values({
      id: randomUUID(),
      workspaceId: dataset.workspaceId,
      datasetId: dataset.id,
      documentId: segment.documentId,
      segmentId: segment.id,
      position: (last?.n ?? 0) + 1,
      content,
      wordCount: content.length,
      type: 'customized',
      createdBy: actor.accountId,
    })
    .returning();
  await reindexParent(deps, dataset, segment);
  return { data: presentChildChunk(child!) };
}

async function findChild(deps: AppDeps, dataset: Dataset, segment: DocumentSegment, childId: string) {
  const [child] = await deps.db
    .select()
    .from(childChunks)
    .where(and(eq(childChunks.workspaceId, dataset.workspaceId), eq(childChunks.segmentId, segment.id), eq(childChunks.id, childId)));
  if (!child) throw childNotFound();
  return child;
}

export async function updateChildChunk(deps: AppDeps, dataset: Dataset, documentId: string, segmentId: string, childId: string, content: string) {
  const segment = await parentOf(deps, dataset, documentId, segmentId);
  const child = await findChild(deps, dataset, segment, childId);
  if (!content.trim()) throw errors.invalidParam('Content is empty');
  const [updated] = await deps.db
    .update(childChunks)
    .set({ content, wordCount: content.length, type: 'customized' })
    .where(eq(childChunks.id, child.id))
    .returning();
  await reindexParent(deps, dataset, segment);
  return { data: presentChildChunk(updated!) };
}

export async function deleteChildChunk(deps: AppDeps, dataset: Dataset, documentId: string, segmentId: string, childId: string): Promise<void> {
  const segment = await parentOf(deps, dataset, documentId, segmentId);
  const child = await findChild(deps, dataset, segment, childId);
  await deps.db.delete(childChunks).where(eq(childChunks.id, child.id));
  await reindexParent(deps, dataset, segment);
}
