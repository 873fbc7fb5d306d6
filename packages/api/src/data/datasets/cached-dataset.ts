import { type Dataset } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { datasetStore } from './dataset-store';

/**
 * A dataset of the workspace, from the read cache: every knowledge API request with a dataset in
 * its path loads it first, and datasets change rarely. The datasets trigger (migration
 * `knowledge-caller-change-notify`) drops it on every instance when it is updated or deleted. A
 * miss is not kept, so unknown ids cannot fill the cache. The value is shared: never mutate it.
 */
export async function cachedDataset(deps: AppDeps, workspaceId: string, datasetId: string): Promise<Dataset | undefined> {
  const key = `dataset:${workspaceId}:${datasetId}`;
  const dataset = await deps.cache.read(key, workspaceId, () => datasetStore(deps.db, workspaceId).find(datasetId));
  if (!dataset) deps.cache.forget(key);
  return dataset;
}
