import { datasetStore } from '../../data/datasets/dataset-store';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { editableDataset } from './dataset-access';

/** `POST /datasets/{id}/api-keys/{enable|disable}`: a closed dataset answers 403 to knowledge API keys. */
export async function setDatasetApiEnabled(deps: AppDeps, actor: Actor, datasetId: string, enabled: boolean): Promise<void> {
  const dataset = await editableDataset(deps, actor, datasetId);
  await datasetStore(deps.db, actor.workspaceId).update(dataset.id, { enableApi: enabled });
}
