import { randomUUID } from 'node:crypto';
import { type TModelConfig } from '@tessera/app-engine';
import { type Dataset, type InvokeFrom } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { retrievalStore } from '../../data/datasets/retrieval-store';
import { datasetStore } from '../../data/datasets/dataset-store';
import { resolveModelTarget } from '../model-providers/model-resolver';
import { buildRecords, searchDataset } from '../retrieval/retrieve';
import { type GenerationOwner } from '../generation/types';
import { appDatasetIds } from './app-datasets';
import { APP_DEFAULT_TOP_K, appSearchModel } from './app-retrieval-model';
import { automaticMetadataConditions } from './automatic-metadata-filter';
import { routeDataset } from './route-dataset';

export interface AppRetrievalInput {
  app: { appId: string; workspaceId: string };
  config: Pick<TModelConfig, 'dataset_configs' | 'agent_mode' | 'model'>;
  query: string;
  invokeFrom: InvokeFrom;
  owner: GenerationOwner;
  /** Search only these of the app's datasets (an agent's dataset tool); all of them otherwise. */
  onlyDatasetIds?: string[];
}

export interface AppRetrieval {
  /** The retrieved segments, best first, one per line, for the prompt's context block. */
  context: string;
  /** Dify's retriever resources, without the per-message fields (see `resourcesForMessage`). */
  resources: Record<string, unknown>[];
}

interface Hit {
  dataset: Dataset;
  segmentId: string;
  score: number;
  children: Parameters<typeof buildRecords>[2][number][1]['children'];
}

/** Dify's `InvokeFrom.to_source()`: where a citation was retrieved from. */
const RETRIEVER_FROM: Record<string, string> = { 'service-api': 'api', 'web-app': 'web_app', debugger: 'dev', explore: 'explore_app' };

/** Datasets that can answer: the workspace's, with at least one available document, and searchable. */
async function answeringDatasets(deps: AppDeps, workspaceId: string, ids: string[]): Promise<Dataset[]> {
  if (ids.length === 0) return [];
  const store = datasetStore(deps.db, workspaceId);
  const counts = await store.documentCounts(ids);
  const found: Dataset[] = [];
  for (const id of ids) {
    if ((counts.get(id)?.availableCount ?? 0) === 0) continue;
    const dataset = await store.find(id);
    if (!dataset || dataset.provider === 'external') continue;
    if (dataset.indexingTechnique === 'high_quality' && !dataset.embeddingModel) continue;
    found.push(dataset);
  }
  return found;
}

async function rerankHits(deps: AppDeps, input: AppRetrievalInput, hits: Hit[], texts: Map<string, string>): Promise<Hit[]> {
  const settings = input.config.dataset_configs.reranking_model;
  const provider = settings?.reranking_provider_name;
  const model = settings?.reranking_model_name;
  if (!provider || !model || hits.length === 0) return hits;
  const target = await resolveModelTarget(deps, input.app.workspaceId, { provider, model, modelType: 'rerank' });
  const result = await deps.models.rerank({
    target,
    query: input.query,
    documents: hits.map((hit) => texts.get(hit.segmentId) ?? ''),
    caller: { workspaceId: input.app.workspaceId, type: 'app', id: input.app.appId },
  });
  return result.docs.map((doc) => ({ ...hits[doc.index]!, score: doc.score }));
}

/** A segment as the model reads it: question and answer for Q&A segments, the text otherwise. */
function segmentText(segment: { content: string; answer: string | null }): string {
  return segment.answer ? `question:${segment.content} \nanswer:${segment.answer}` : segment.content;
}

/**
 * Retrieval for one app run (Dify's DatasetRetrieval): the app's enabled datasets searched for the
 * query, 'single' (one dataset, chosen by the app's model: see routeDataset) or 'multiple' (all, merged, reranked by the rerank
 * model when it is on, then the app's threshold and top_k). Disabled or archived documents and
 * disabled segments never match (the search scope excludes them). Each searched dataset logs the
 * query with source 'app', and the cited segments' hit counts go up. Null when nothing was searched.
 */
export async function retrieveForApp(deps: AppDeps, input: AppRetrievalInput): Promise<AppRetrieval | null> {
  const query = input.query.trim();
  let ids = appDatasetIds(input.config);
  if (input.onlyDatasetIds) ids = ids.filter((id) => input.onlyDatasetIds!.includes(id));
  const datasets = await answeringDatasets(deps, input.app.workspaceId, ids);
  if (!query || datasets.length === 0) return null;
  const configs = input.config.dataset_configs;
  const multiple = (configs.retrieval_model ?? 'multiple') === 'multiple';
  const asker = input.owner.kind === 'end_user' ? { createdByRole: 'end_user' as const, createdBy: input.owner.endUserId } : { createdByRole: 'account' as const, createdBy: input.owner.accountId };
  const routed = multiple ? undefined : await routeDataset(deps, { app: input.app, config: input.config, userId: asker.createdBy }, datasets, query);
  if (!multiple && !routed) return null;
  const searched = multiple ? datasets : [routed!];
  const automatic =
    configs.metadata_filtering_mode === 'automatic'
      ? await automaticMetadataConditions(deps, { app: input.app, modelConfig: configs.metadata_model_config, userId: asker.createdBy }, searched, query)
      : null;

  const perDataset = await Promise.all(
    searched.map(async (dataset) => {
      const ranked = await searchDataset(deps, dataset, query, appSearchModel(dataset, configs, automatic));
      return ranked.map(([segmentId, result]): Hit => ({ dataset, segmentId, score: result.score, children: result.children }));
    }),
  );
  let hits = perDataset.flat().sort((a, b) => b.score - a.score || a.segmentId.localeCompare(b.segmentId));
  const records = await buildRecords(deps, input.app.workspaceId, hits.map((hit) => [hit.segmentId, { score: hit.score, children: hit.children }]));
  const bySegment = new Map(records.map((record) => [record.segment.id, record]));
  if (multiple) {
    if (configs.reranking_enable && (configs.reranking_mode ?? 'reranking_model') === 'reranking_model') {
      const texts = new Map([...bySegment].map(([id, record]) => [id, segmentText(record.segment)]));
      hits = (await rerankHits(deps, input, hits, texts)).sort((a, b) => b.score - a.score);
    }
    const threshold = configs.score_threshold_enabled ? (configs.score_threshold ?? 0) : 0;
    hits = hits.filter((hit) => hit.score >= threshold).slice(0, configs.top_k ?? APP_DEFAULT_TOP_K);
  }
  hits = hits.filter((hit) => bySegment.has(hit.segmentId));

  const now = deps.now();
  await retrievalStore(deps.db, input.app.workspaceId).recordQueries(
    searched.map((dataset) => ({ datasetId: dataset.id, query, source: 'app' as const, sourceAppId: input.app.appId, ...asker, createdAt: now })),
    hits.map((hit) => hit.segmentId),
  );

  const retrieverFrom = RETRIEVER_FROM[input.invokeFrom] ?? 'api';
  const resources = hits.map((hit, index) => {
    const { segment } = bySegment.get(hit.segmentId)!;
    return {
      position: index + 1,
      dataset_id: hit.dataset.id,
      dataset_name: hit.dataset.name,
      document_id: segment.document.id,
      document_name: segment.document.name,
      data_source_type: segment.document.data_source_type,
      segment_id: segment.id,
      retriever_from: retrieverFrom,
      score: hit.score,
      hit_count: segment.hit_count + 1,
      word_count: segment.word_count,
      segment_position: segment.position,
      index_node_hash: segment.index_node_hash,
      content: segmentText(segment),
      page: null,
      doc_metadata: segment.document.doc_metadata,
    };
  });
  return { context: resources.map((resource) => resource.content).join('\n'), resources };
}

/** The resources as a message keeps them: each with its own id, the message's id and a time. */
export function resourcesForMessage(resources: Record<string, unknown>[], messageId: string, createdAt: Date): Record<string, unknown>[] {
  const created = Math.floor(createdAt.getTime() / 1000);
  return resources.map((resource, index) => ({ id: randomUUID(), message_id: messageId, ...resource, position: index + 1, created_at: created, summary: null }));
}
