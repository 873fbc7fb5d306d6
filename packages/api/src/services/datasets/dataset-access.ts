import { type Dataset } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { datasetStore } from '../../data/datasets/dataset-store';
import { assertRole, DATASET_EDITING_ROLES } from '../authz';

export const datasetNotFound = () => errors.notFound('not_found', 'Dataset not found.');
const noPermission = () => errors.notPermitted('forbidden', 'You do not have permission to access this dataset.');

/**
 * Dify's dataset permission rule: the owner sees every dataset; others see `all_team_members`
 * ones, their own `only_me` ones and `partial_members` ones that list them.
 */
export async function canAccessDataset(deps: AppDeps, actor: Actor, dataset: Dataset): Promise<boolean> {
  if (actor.role === 'owner') return true;
  if (dataset.permission === 'all_team_members') return true;
  if (dataset.permission === 'only_me') return dataset.createdBy === actor.accountId;
  return dataset.createdBy === actor.accountId || isPartialMember(deps, actor, dataset);
}

async function isPartialMember(deps: AppDeps, actor: Actor, dataset: Dataset): Promise<boolean> {
  const members = await datasetStore(deps.db, actor.workspaceId).partialMembers(dataset.id);
  return members.includes(actor.accountId);
}

/** The workspace's dataset the actor may read: 404 when it is not the workspace's, 403 without permission. */
export async function readableDataset(deps: AppDeps, actor: Actor, datasetId: string): Promise<Dataset> {
  const dataset = await datasetStore(deps.db, actor.workspaceId).find(datasetId);
  if (!dataset) throw datasetNotFound();
  if (!(await canAccessDataset(deps, actor, dataset))) throw noPermission();
  return dataset;
}

/** As `readableDataset`, and the actor's role may edit knowledge (editors and dataset operators). */
export async function editableDataset(deps: AppDeps, actor: Actor, datasetId: string): Promise<Dataset> {
  const dataset = await readableDataset(deps, actor, datasetId);
  assertRole(actor, DATASET_EDITING_ROLES);
  return dataset;
}
