import { and, eq, inArray } from 'drizzle-orm';
import { childChunks, type Dataset, datasetDocuments, documentSegments } from '@tessera/db';
import { retrievalStore } from '../../data/datasets/retrieval-store';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { DEFAULT_RETRIEVAL_MODEL, type RetrievalModel } from '../datasets/retrieval-model';
import { resolveModelTarget } from '../model-providers/model-resolver';
import { matchMetadata } from './metadata-filter';
import { queryEmbedding } from './query-embedding';
import { logQuery } from '../../data/datasets/query-log';
import { fullTextSearch, type NodeHit, type SearchScope, vectorSearch } from './search-index';
import { toUnix, toUnixRequired } from '../../validation';

export interface RetrieveInput {
  query?: string | null;
  retrieval_model?: RetrievalModel | null;
}

/** Documents passing the metadata filter, or null when there is no filter. */
async function allowedDocuments(deps: AppDeps, dataset: Dataset, model: RetrievalModel): Promise<string[] | null> {
  const filter = model.metadata_filtering_conditions;
  if (!filter?.conditions?.length) return null;
  const docs = await deps.db
    .select({ id: datasetDocuments.id, metadata: datasetDocuments.docMetadata })
    .from(datasetDocuments)
    .where(and(eq(datasetDocuments.workspaceId, dataset.workspaceId), eq(datasetDocuments.datasetId, dataset.id)));
  return docs.filter((d) => matchMetadata(d.metadata, filter)).map((d) => d.id);
}

/** The best hit per segment (a parent's score is its best child's), highest first. */
function bySegment(hits: NodeHit[]): Map<string, { score: number; children: NodeHit[] }> {
  const out = new Map<string, { score: number; children: NodeHit[] }>();
  for (const hit of [...hits].sort((a, b) => b.score - a.score)) {
    const entry = out.get(hit.segmentId) ?? { score: hit.score, children: [] };
    if (hit.childChunkId) entry.children.push(hit);
    entry.score = Math.max(entry.score, hit.score);
    out.set(hit.segmentId, entry);
  }
  return out;
}

async function rerank(deps: AppDeps, dataset: Dataset, model: RetrievalModel, query: string, hits: NodeHit[], texts: Map<string, string>): Promise<NodeHit[]> {
  const provider = model.reranking_model?.reranking_provider_name;
  const name = model.reranking_model?.reranking_model_name;
  if (!provider || !name || hits.length === 0) return hits;
  const target = await resolveModelTarget(deps, dataset.workspaceId, { provider, model: name, modelType: 'rerank' });
  const result = await deps.models.rerank({
    target,
    query,
    documents: hits.map((h) => texts.get(h.nodeId) ?? ''),
    caller: { workspaceId: dataset.workspaceId, type: 'indexing', id: dataset.id },
  });
  return result.docs.map((r) => ({ ...hits[r.index]!, score: r.score }));
}

/**
 * Dify's retrieval over one dataset: semantic, full-text or hybrid search (weighted scores or a
 * rerank model), top_k, the score threshold and metadata conditions; records are parent segments
 * with their matched child chunks. Economy datasets have no vectors, so they search full text.
 */
export async function searchDataset(deps: AppDeps, dataset: Dataset, query: string, model: RetrievalModel) {
  const documentIds = await allowedDocuments(deps, dataset, model);
  const scope: SearchScope = { workspaceId: dataset.workspaceId, datasetIds: [dataset.id], documentIds };
  const topK = model.top_k;
  const threshold = model.score_threshold_enabled ? (model.score_threshold ?? 0) : 0;
  const economy = dataset.indexingTechnique !== 'high_quality';
  const method = economy ? 'full_text_search' : model.search_method === 'keyword_search' ? 'full_text_search' : model.search_method;
  const wide = Math.min(200, Math.max(50, topK));
  let hits: NodeHit[];
  const queryVector = () => queryEmbedding(deps, dataset, query);
  if (method === 'semantic_search') {
    hits = await vectorSearch(deps.db, scope, await queryVector(), model.reranking_enable ? wide : topK);
  } else if (method === 'full_text_search') {
    hits = await fullTextSearch(deps.db, scope, query, model.reranking_enable ? wide : topK);
  } else {
    const [vector, keyword] = await Promise.all([queryVector().then((v) => vectorSearch(deps.db, scope, v, wide)), fullTextSearch(deps.db, scope, query, wide)]);
    const weights = model.weights;
    const vw = model.reranking_mode === 'weighted_score' ? (weights?.vector_setting?.vector_weight ?? 0.7) : 1;
    const kw = model.reranking_mode === 'weighted_score' ? (weights?.keyword_setting?.keyword_weight ?? 0.3) : 0;
    const combined = new Map<string, NodeHit>();
    for (const hit of vector) combined.set(hit.nodeId, { ...hit, score: hit.score * vw });
    for (const hit of keyword) {
      const prior = combined.get(hit.nodeId);
      if (model.reranking_mode === 'weighted_score') combined.set(hit.nodeId, { ...hit, score: (prior?.score ?? 0) + hit.score * kw });
      else if (!prior || prior.score < hit.score) combined.set(hit.nodeId, hit);
    }
    hits = [...combined.values()];
  }
  if (model.reranking_enable && (model.reranking_mode ?? 'reranking_model') === 'reranking_model') {
    hits = await rerank(deps, dataset, model, query, hits, await nodeTexts(deps, dataset.workspaceId, hits));
  }
  hits = hits.filter((h) => h.score >= threshold).sort((a, b) => b.score - a.score || a.nodeId.localeCompare(b.nodeId));
  return [...bySegment(hits).entries()].slice(0, topK);
}

async function nodeTexts(deps: AppDeps, workspaceId: string, hits: NodeHit[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const segmentIds = hits.filter((h) => !h.childChunkId).map((h) => h.nodeId);
  const childIds = hits.filter((h) => h.childChunkId).map((h) => h.nodeId);
  if (segmentIds.length) {
    const rows = await deps.db.select({ id: documentSegments.id, content: documentSegments.content }).from(documentSegments).where(and(eq(documentSegments.workspaceId, workspaceId), inArray(documentSegments.id, segmentIds)));
    for (const r of rows) texts.set(r.id, r.content);
  }
  if (childIds.length) {
    const rows = await deps.db.select({ id: childChunks.id, content: childChunks.content }).from(childChunks).where(and(eq(childChunks.workspaceId, workspaceId), inArray(childChunks.id, childIds)));
    for (const r of rows) texts.set(r.id, r.content);
  }
  return texts;
}

/** `POST …/retrieve` and `…/hit-testing` (contract §5.5); each call is logged for the history, after the answer. */
export async function retrieve(deps: AppDeps, actor: Actor, dataset: Dataset, input: RetrieveInput, source: 'hit_testing' | 'app') {
  const query = input.query?.trim();
  if (!query) throw errors.invalidParam('Query or attachment_ids is required');
  if (query.length > 250) throw errors.invalidParam('Query cannot exceed 250 characters.', 'query');
  const model = input.retrieval_model ?? (dataset.retrievalModel as RetrievalModel | null) ?? DEFAULT_RETRIEVAL_MODEL;
  if (dataset.indexingTechnique === 'high_quality' && !dataset.embeddingModel) {
    throw errors.badRequest('dataset_not_initialized', 'The dataset is still being initialized or indexing. Please wait a moment.');
  }
  const ranked = await searchDataset(deps, dataset, query, model);
  const records = await buildRecords(deps, dataset.workspaceId, ranked);
  logQuery(
    deps,
    dataset.workspaceId,
    { datasetId: dataset.id, query, source, createdByRole: 'account', createdBy: actor.accountId, createdAt: deps.now() },
    ranked.map(([id]) => id),
  );
  return { query: { content: query }, records };
}

/** Records in Dify's shape: the segment with its document, matched children, score. */
export async function buildRecords(deps: AppDeps, workspaceId: string, ranked: [string, { score: number; children: NodeHit[] }][]) {
  const ids = ranked.map(([id]) => id);
  if (ids.length === 0) return [];
  const store = retrievalStore(deps.db, workspaceId);
  const childIds = ranked.flatMap(([, r]) => r.children.map((c) => c.nodeId));
  const [found, children] = await Promise.all([store.segmentsWithDocuments(ids), store.childChunks(childIds)]);
  const bySegmentId = new Map(found.map((row) => [row.segment.id, row]));
  const childById = new Map(children.map((c) => [c.id, c]));
  return ranked.flatMap(([segmentId, result]) => {
    const row = bySegmentId.get(segmentId);
    if (!row) return [];
    const { segment: s, document: d } = row;
    return [
      {
        segment: {
          id: s.id,
          position: s.position,
          document_id: s.documentId,
          content: s.content,
          sign_content: s.content,
          answer: s.answer,
          word_count: s.wordCount,
          tokens: s.tokens,
          keywords: s.keywords ?? [],
          index_node_id: s.indexNodeId,
          index_node_hash: s.indexNodeHash,
          hit_count: s.hitCount,
          enabled: s.enabled,
          disabled_at: toUnix(s.disabledAt),
          disabled_by: s.disabledBy,
          status: s.status,
          created_by: s.createdBy,
          created_at: toUnixRequired(s.createdAt),
          indexing_at: toUnix(s.indexingAt),
          completed_at: toUnix(s.completedAt),
          error: s.error,
          stopped_at: toUnix(s.stoppedAt),
          document: { id: d.id, data_source_type: d.dataSourceType, name: d.name, doc_type: d.docType, doc_metadata: d.docMetadata ?? null },
        },
        child_chunks: result.children.map((hit) => {
          const child = childById.get(hit.nodeId)!;
          return { id: child.id, content: child.content, position: child.position, score: hit.score };
        }),
        score: result.score,
        tsne_position: null,
        files: [],
        summary: null,
      },
    ];
  });
}
