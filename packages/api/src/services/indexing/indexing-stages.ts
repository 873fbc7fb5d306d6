import { createHash } from 'node:crypto';
import { and, asc, between, eq, inArray, sql } from 'drizzle-orm';
import { countTextTokens } from '@tessera/app-engine';
import { childChunks, datasetProcessRules, type DatasetDocument, documentSegments } from '@tessera/db';
import { extractText } from '@tessera/extract';
import { datasetStore } from '../../data/datasets/dataset-store';
import { documentStore } from '../../data/datasets/document-store';
import { type AppDeps } from '../../deps';
import { uploadFilesStore } from '../../data/upload-files';
import { type Chunk, chunkDocument } from './chunk-document';
import { cleanText } from './clean-text';
import { embeddingModelKey, embedTexts } from './embed-texts';
import { generateQaPairs } from './generate-qa';
import { type IndexNode, prepareVectorIndex, replaceIndexEntries } from './index-entries';
import { storedProcessRule } from './process-rule';

/** Which document a run works on; the workspace scopes every read and write. */
export interface DocumentRef {
  workspaceId: string;
  documentId: string;
}

/**
 * `stop` when the document was paused, deleted, or is past this stage's work; `generate` when the
 * split left Q&A pairs for the model to write, batch by batch (qaBatchStage).
 */
export type StageResult = 'continue' | 'stop' | 'generate';

/** Q&A documents send this many chunks to the model per step; a resumed run skips finished steps. */
export const QA_BATCH_SIZE = 10;

/** Pairs of chunk n take positions n*QA_SLOT+1…; qaFinishStage renumbers them 1…N. */
const QA_SLOT = 1000;

/** Segments are indexed (and, for high_quality, embedded) this many per step. */
export const INDEX_BATCH_SIZE = 64;

/** A stable UUID from its parts: a replayed split writes the same segment ids. */
export function derivedId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join(':')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function load(deps: AppDeps, ref: DocumentRef): Promise<DatasetDocument | null> {
  const doc = await documentStore(deps.db, ref.workspaceId).find(ref.documentId);
  if (!doc || doc.isPaused) return null;
  return doc;
}

async function processRuleOf(deps: AppDeps, doc: DatasetDocument) {
  const [row] = doc.processRuleId
    ? await deps.db
        .select()
        .from(datasetProcessRules)
        .where(and(eq(datasetProcessRules.id, doc.processRuleId), eq(datasetProcessRules.workspaceId, doc.workspaceId)))
    : [];
  return storedProcessRule(row?.mode ?? 'automatic', row?.rules ?? null);
}

/** Extract: the source file's text, kept on the document for the next stages. */
export async function extractStage(deps: AppDeps, ref: DocumentRef): Promise<StageResult> {
  const doc = await load(deps, ref);
  if (!doc) return 'stop';
  if (doc.indexingStatus !== 'waiting' && doc.indexingStatus !== 'parsing') return 'continue';
  const store = documentStore(deps.db, ref.workspaceId);
  await store.update(doc.id, { indexingStatus: 'parsing', processingStartedAt: doc.processingStartedAt ?? deps.now(), error: null, stoppedAt: null });
  const fileId = String(doc.dataSourceInfo.upload_file_id ?? '');
  const file = await uploadFilesStore(deps.db, ref.workspaceId).find(fileId);
  if (!file) throw new Error('The uploaded file of this document no longer exists.');
  const text = await extractText({ data: await deps.storage.get(file.key), extension: file.extension, mimeType: file.mimeType });
  await store.update(doc.id, { extractedText: text.replaceAll('\u0000', ''), indexingStatus: 'cleaning', parsingCompletedAt: deps.now() });
  return 'continue';
}

/** Clean: the rule's pre-processing over the extracted text. */
export async function cleanStage(deps: AppDeps, ref: DocumentRef): Promise<StageResult> {
  const doc = await load(deps, ref);
  if (!doc) return 'stop';
  if (doc.indexingStatus !== 'cleaning') return 'continue';
  const rule = await processRuleOf(deps, doc);
  await documentStore(deps.db, ref.workspaceId).update(doc.id, {
    extractedText: cleanText(doc.extractedText ?? '', rule),
    indexingStatus: 'splitting',
    cleaningCompletedAt: deps.now(),
  });
  return 'continue';
}

/**
 * Split: writes the segments (and child chunks) in one transaction, replacing any a previous,
 * interrupted run of this stage wrote, with ids derived from the document, its batch and position.
 */
export async function splitStage(deps: AppDeps, ref: DocumentRef): Promise<StageResult> {
  const doc = await load(deps, ref);
  if (!doc) return 'stop';
  if (doc.indexingStatus !== 'splitting') return 'continue';
  if (doc.docForm === 'qa_model') {
    await deps.db.delete(documentSegments).where(and(eq(documentSegments.workspaceId, ref.workspaceId), eq(documentSegments.documentId, doc.id)));
    return 'generate';
  }
  const rule = await processRuleOf(deps, doc);
  const chunks = chunkDocument(doc.extractedText ?? '', rule, doc.docForm);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    await tx.delete(documentSegments).where(and(eq(documentSegments.workspaceId, ref.workspaceId), eq(documentSegments.documentId, doc.id)));
    const segments = chunks.map((chunk, index) => ({
      id: derivedId(doc.id, doc.batch, String(index)),
      workspaceId: ref.workspaceId,
      datasetId: doc.datasetId,
      documentId: doc.id,
      position: index + 1,
      content: chunk.content,
      answer: chunk.answer ?? null,
      wordCount: chunk.content.length + (chunk.answer?.length ?? 0),
      tokens: countTextTokens(chunk.content + (chunk.answer ?? '')),
      indexNodeId: derivedId(doc.id, doc.batch, String(index)),
      indexNodeHash: createHash('sha256').update(chunk.content).digest('hex'),
      status: 'waiting' as const,
      createdBy: doc.createdBy,
      createdAt: now,
      updatedAt: now,
    }));
    for (let start = 0; start < segments.length; start += 500) await tx.insert(documentSegments).values(segments.slice(start, start + 500));
    const children = chunks.flatMap((chunk, index) =>
      (chunk.children ?? []).map((content, childIndex) => ({
        id: derivedId(doc.id, doc.batch, String(index), String(childIndex)),
        workspaceId: ref.workspaceId,
        datasetId: doc.datasetId,
        documentId: doc.id,
        segmentId: segments[index]!.id,
        position: childIndex + 1,
        content,
        wordCount: content.length,
        createdBy: doc.createdBy,
      })),
    );
    for (let start = 0; start < children.length; start += 500) await tx.insert(childChunks).values(children.slice(start, start + 500));
  });
  await documentStore(deps.db, ref.workspaceId).update(doc.id, {
    indexingStatus: 'indexing',
    splittingCompletedAt: deps.now(),
    wordCount: chunks.reduce((sum, c) => sum + c.content.length + (c.answer?.length ?? 0), 0),
  });
  return 'continue';
}

/**
 * Q&A, one batch: the model writes question and answer pairs for chunks [n·B, (n+1)·B) in the
 * document's language, and they are saved as waiting segments in one transaction that first drops
 * whatever an interrupted attempt at the same batch saved. Returns how many chunks are left.
 */
export async function qaBatchStage(deps: AppDeps, ref: DocumentRef, batchIndex: number): Promise<{ result: StageResult; remaining: number }> {
  const doc = await load(deps, ref);
  if (!doc) return { result: 'stop', remaining: 0 };
  if (doc.indexingStatus !== 'splitting') return { result: 'continue', remaining: 0 };
  const rule = await processRuleOf(deps, doc);
  const chunks = chunkDocument(doc.extractedText ?? '', rule, 'text_model');
  const first = batchIndex * QA_BATCH_SIZE;
  const generated: { chunkIndex: number; pairs: Chunk[] }[] = [];
  for (const [offset, chunk] of chunks.slice(first, first + QA_BATCH_SIZE).entries()) {
    const pairs = await generateQaPairs(deps, { workspaceId: ref.workspaceId, datasetId: doc.datasetId }, chunk.content, doc.docLanguage ?? 'English');
    generated.push({ chunkIndex: first + offset, pairs });
  }
  const now = deps.now();
  const rows = generated.flatMap(({ chunkIndex, pairs }) =>
    pairs.map((pair, pairIndex) => {
      const id = derivedId(doc.id, doc.batch, 'qa', String(chunkIndex), String(pairIndex));
      return {
        id,
        workspaceId: ref.workspaceId,
        datasetId: doc.datasetId,
        documentId: doc.id,
        position: chunkIndex * QA_SLOT + pairIndex + 1,
        content: pair.content,
        answer: pair.answer ?? '',
        wordCount: pair.content.length + (pair.answer?.length ?? 0),
        tokens: countTextTokens(pair.content + (pair.answer ?? '')),
        indexNodeId: id,
        indexNodeHash: createHash('sha256').update(pair.content).digest('hex'),
        status: 'waiting' as const,
        createdBy: doc.createdBy,
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
  await deps.db.transaction(async (tx) => {
    await tx
      .delete(documentSegments)
      .where(
        and(
          eq(documentSegments.workspaceId, ref.workspaceId),
          eq(documentSegments.documentId, doc.id),
          between(documentSegments.position, first * QA_SLOT + 1, (first + QA_BATCH_SIZE) * QA_SLOT),
        ),
      );
    if (rows.length > 0) await tx.insert(documentSegments).values(rows);
  });
  return { result: 'continue', remaining: Math.max(0, chunks.length - first - QA_BATCH_SIZE) };
}

/** Q&A, after the last batch: positions become 1…N in order and the document moves on to indexing. */
export async function qaFinishStage(deps: AppDeps, ref: DocumentRef): Promise<StageResult> {
  const doc = await load(deps, ref);
  if (!doc) return 'stop';
  if (doc.indexingStatus !== 'splitting') return 'continue';
  const mine = and(eq(documentSegments.workspaceId, ref.workspaceId), eq(documentSegments.documentId, doc.id));
  const segments = await deps.db
    .select({ id: documentSegments.id, position: documentSegments.position, wordCount: documentSegments.wordCount })
    .from(documentSegments)
    .where(mine)
    .orderBy(asc(documentSegments.position));
  await deps.db.transaction(async (tx) => {
    for (const [index, segment] of segments.entries()) {
      if (segment.position !== index + 1) await tx.update(documentSegments).set({ position: index + 1 }).where(and(mine, eq(documentSegments.id, segment.id)));
    }
  });
  await documentStore(deps.db, ref.workspaceId).update(doc.id, {
    indexingStatus: 'indexing',
    splittingCompletedAt: deps.now(),
    wordCount: segments.reduce((sum, s) => sum + s.wordCount, 0),
  });
  return 'continue';
}

/**
 * Index one batch: the next waiting segments get their index entries (full-text always, vectors
 * for high_quality) and become `completed`, in one transaction. Returns how many still wait.
 */
export async function indexBatchStage(deps: AppDeps, ref: DocumentRef): Promise<{ result: StageResult; remaining: number }> {
  const doc = await load(deps, ref);
  if (!doc) return { result: 'stop', remaining: 0 };
  if (doc.indexingStatus !== 'indexing') return { result: 'continue', remaining: 0 };
  const dataset = await datasetStore(deps.db, ref.workspaceId).find(doc.datasetId);
  if (!dataset) return { result: 'stop', remaining: 0 };
  const waiting = and(eq(documentSegments.workspaceId, ref.workspaceId), eq(documentSegments.documentId, doc.id), inArray(documentSegments.status, ['waiting', 'indexing']));
  const batch = await deps.db.select().from(documentSegments).where(waiting).orderBy(asc(documentSegments.position)).limit(INDEX_BATCH_SIZE);
  if (batch.length === 0) return { result: 'continue', remaining: 0 };
  const nodes = await nodesOf(deps, ref.workspaceId, batch);
  if (dataset.indexingTechnique === 'high_quality') {
    const vectors = await embedTexts(deps, dataset, nodes.map((n) => n.text), 'document');
    nodes.forEach((node, i) => (node.embedding = vectors[i]));
    await prepareVectorIndex(deps.db, nodes);
  }
  const ids = batch.map((s) => s.id);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const model = dataset.indexingTechnique === 'high_quality' ? embeddingModelKey(dataset) : null;
    await replaceIndexEntries(tx, { workspaceId: ref.workspaceId, datasetId: doc.datasetId, documentId: doc.id }, ids, nodes, model);
    await tx
      .update(documentSegments)
      .set({ status: 'completed', indexingAt: now, completedAt: now, enabled: true, error: null })
      .where(and(eq(documentSegments.workspaceId, ref.workspaceId), inArray(documentSegments.id, ids)));
  });
  const [left] = await deps.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(documentSegments).where(waiting);
  return { result: 'continue', remaining: left?.n ?? 0 };
}

/** What gets indexed for these segments: each segment, or the children of a parent. */
export async function nodesOf(deps: AppDeps, workspaceId: string, segments: (typeof documentSegments.$inferSelect)[]): Promise<IndexNode[]> {
  const ids = segments.map((s) => s.id);
  const children = ids.length
    ? await deps.db
        .select()
        .from(childChunks)
        .where(and(eq(childChunks.workspaceId, workspaceId), inArray(childChunks.segmentId, ids)))
        .orderBy(asc(childChunks.position))
    : [];
  return segments.flatMap((segment): IndexNode[] => {
    const own = children.filter((c) => c.segmentId === segment.id);
    if (own.length > 0) return own.map((child) => ({ nodeId: child.id, segmentId: segment.id, childChunkId: child.id, text: child.content }));
    // A Q&A pair is found by its question; full-text search also reads its answer.
    const fullText = segment.answer ? `${segment.content}\n${segment.answer}` : undefined;
    return [{ nodeId: segment.id, segmentId: segment.id, text: segment.content, ...(fullText ? { fullText } : {}) }];
  });
}

/** Complete: tokens, latency and `completed` once no segment waits. */
export async function completeStage(deps: AppDeps, ref: DocumentRef): Promise<StageResult> {
  const doc = await load(deps, ref);
  if (!doc) return 'stop';
  if (doc.indexingStatus !== 'indexing') return 'continue';
  const [totals] = await deps.db
    .select({ tokens: sql<number>`coalesce(sum(${documentSegments.tokens}), 0)`.mapWith(Number) })
    .from(documentSegments)
    .where(and(eq(documentSegments.workspaceId, ref.workspaceId), eq(documentSegments.documentId, doc.id)));
  const now = deps.now();
  await documentStore(deps.db, ref.workspaceId).update(doc.id, {
    indexingStatus: 'completed',
    completedAt: now,
    tokens: totals?.tokens ?? 0,
    indexingLatency: doc.processingStartedAt ? (now.getTime() - doc.processingStartedAt.getTime()) / 1000 : 0,
    error: null,
    extractedText: null,
  });
  return 'continue';
}

/** A failed run leaves the document in `error` with the reason and when it stopped. */
export async function markFailed(deps: AppDeps, ref: DocumentRef, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await documentStore(deps.db, ref.workspaceId).update(ref.documentId, { indexingStatus: 'error', error: message.slice(0, 2000), stoppedAt: deps.now() });
}
