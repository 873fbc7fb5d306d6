import { type Actor } from '../../callers';
import { appDatasetJoinStore } from '../../data/datasets/app-dataset-join-store';
import { type AppDeps } from '../../deps';
import { iconUrl } from '../apps/icon';
import { displayMode } from '../apps/model-config';
import { readableDataset } from './dataset-access';

/** `GET /datasets/{id}/related-apps`: the apps answering from a dataset the member may see, as Dify's kernel app fields. */
export async function relatedApps(deps: AppDeps, actor: Actor, datasetId: string) {
  const dataset = await readableDataset(deps, actor, datasetId);
  const apps = await appDatasetJoinStore(deps.db, actor.workspaceId).appsUsing(dataset.id);
  const data = apps.map((app) => ({
    id: app.id,
    name: app.name,
    description: app.description,
    mode: displayMode(app.mode, app.modelConfig),
    icon_type: app.iconType,
    icon: app.icon,
    icon_background: app.iconBackground,
    icon_url: iconUrl(deps, app.iconType, app.icon),
  }));
  return { data, total: data.length };
}
