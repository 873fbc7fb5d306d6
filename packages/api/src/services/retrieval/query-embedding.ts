import { type Dataset } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { embeddingModelKey, embedTexts } from '../indexing/embed-texts';

/**
 * A query's vector depends only on the model and the text, and people repeat the same test query
 * while tuning a knowledge base, so query vectors are kept briefly: a minute (a model whose
 * credentials or endpoint change answers with its new vectors after that), per workspace, model
 * and text, a few hundred at most. A vector served from here costs no model call and so records no
 * usage. Failures are never kept.
 */
export const QUERY_EMBEDDING_TTL_MS = 60_000;
const MAX_ENTRIES = 512;

interface Entry {
  vector: Promise<number[]>;
  expiresAt: number;
}

// Keyed by the model runtime, which lives as long as the app (each request gets its own deps object).
const caches = new WeakMap<AppDeps['models'], Map<string, Entry>>();

export function queryEmbedding(deps: AppDeps, dataset: Pick<Dataset, 'workspaceId' | 'id' | 'embeddingModelProvider' | 'embeddingModel'>, query: string): Promise<number[]> {
  let cache = caches.get(deps.models);
  if (!cache) caches.set(deps.models, (cache = new Map()));
  const key = `${dataset.workspaceId}\n${embeddingModelKey(dataset)}\n${query}`;
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.expiresAt > now) {
    // Map order is insertion order: moving a hit to the end keeps the oldest-used first in line to go.
    cache.delete(key);
    cache.set(key, hit);
    return hit.vector;
  }
  if (hit) cache.delete(key);
  const vector = embedTexts(deps, dataset, [query], 'query').then((vectors) => vectors[0]!);
  cache.set(key, { vector, expiresAt: now + QUERY_EMBEDDING_TTL_MS });
  vector.catch(() => {
    if (cache.get(key)?.vector === vector) cache.delete(key);
  });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return vector;
}
