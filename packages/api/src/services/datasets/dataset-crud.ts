import { type Dataset, type DatasetPermission, type IndexingTechnique } from '@tessera/db';
import { type Actor } from '../../callers';
import { appDatasetJoinStore } from '../../data/datasets/app-dataset-join-store';
import { datasetStore } from '../../data/datasets/dataset-store';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, DATASET_EDITING_ROLES } from '../authz';
import { editableDataset, readableDataset } from './dataset-access';
import { assertRerankModel, chooseEmbeddingModel } from './embedding-model';
import { loadDatasetExtras, presentDataset, type DatasetView } from './present-dataset';
import { type RetrievalModel } from './retrieval-model';
import { workspaceMemberAccountIds } from './workspace-members';

export interface CreateDatasetInput {
  name: string;
  description?: string | null;
  indexing_technique?: IndexingTechnique | null;
  permission?: DatasetPermission | null;
  provider?: 'vendor' | 'external' | null;
  embedding_model?: string | null;
  embedding_model_provider?: string | null;
  retrieval_model?: RetrievalModel | null;
}

export interface UpdateDatasetInput extends Partial<CreateDatasetInput> {
  partial_member_list?: { user_id: string }[] | null;
  icon_info?: Record<string, unknown> | null;
}

/** One dataset as the API shows it; `withMembers` adds `partial_member_list`. */
export async function viewDataset(deps: AppDeps, workspaceId: string, dataset: Dataset, withMembers: boolean): Promise<DatasetView> {
  const store = datasetStore(deps.db, workspaceId);
  const counts = await store.documentCounts([dataset.id]);
  const extras = await loadDatasetExtras(deps.db, workspaceId, [dataset], counts);
  return presentDataset(dataset, extras(dataset, withMembers ? await store.partialMembers(dataset.id) : undefined));
}

async function checkModels(deps: AppDeps, actor: Actor, input: Partial<CreateDatasetInput>) {
  const rerank = input.retrieval_model?.reranking_model;
  await assertRerankModel(deps, actor.workspaceId, rerank?.reranking_provider_name, rerank?.reranking_model_name);
  if (input.indexing_technique !== 'high_quality') return null;
  return chooseEmbeddingModel(deps, actor.workspaceId, input.embedding_model_provider, input.embedding_model);
}

/** `POST /datasets`: names are unique per workspace (409 `dataset_name_duplicate`). */
export async function createDataset(deps: AppDeps, actor: Actor, input: CreateDatasetInput): Promise<DatasetView> {
  assertRole(actor, DATASET_EDITING_ROLES);
  const store = datasetStore(deps.db, actor.workspaceId);
  if (input.provider === 'external') throw errors.invalidParam('External API template not found.');
  if (await store.findByName(input.name)) throw errors.conflict('dataset_name_duplicate', 'The dataset name already exists. Please modify your dataset name.');
  const embedding = await checkModels(deps, actor, input);
  const dataset = await store.insert({
    name: input.name,
    description: input.description ?? '',
    indexingTechnique: input.indexing_technique ?? null,
    permission: input.permission ?? 'only_me',
    embeddingModel: embedding?.model ?? null,
    embeddingModelProvider: embedding?.provider ?? null,
    retrievalModel: input.retrieval_model ?? null,
    createdBy: actor.accountId,
    updatedBy: actor.accountId,
  });
  return viewDataset(deps, actor.workspaceId, dataset, false);
}

export interface ListDatasetsInput {
  page: number;
  limit: number;
  keyword?: string;
  tag_ids?: string[];
  ids?: string[];
  include_all?: boolean;
}

/** `GET /datasets`: newest first, only what the actor may see (the owner with include_all sees all). */
export async function listDatasets(deps: AppDeps, actor: Actor, input: ListDatasetsInput) {
  const store = datasetStore(deps.db, actor.workspaceId);
  const seesAll = actor.role === 'owner' && input.include_all === true;
  const { rows, total } = await store.list({
    page: input.page,
    limit: input.limit,
    keyword: input.keyword,
    tagIds: input.tag_ids?.length ? input.tag_ids : undefined,
    ids: input.ids,
    visibleTo: seesAll ? undefined : { accountId: actor.accountId, onlyPermitted: actor.role === 'dataset_operator' },
  });
  const counts = await store.documentCounts(rows.map((r) => r.id));
  const extras = await loadDatasetExtras(deps.db, actor.workspaceId, rows, counts);
  const data = [];
  for (const row of rows) {
    const members = row.permission === 'partial_members' ? await store.partialMembers(row.id) : undefined;
    data.push(presentDataset(row, extras(row, members)));
  }
  return { data, has_more: input.page * input.limit < total, limit: input.limit, total, page: input.page };
}

export async function getDataset(deps: AppDeps, actor: Actor, datasetId: string): Promise<DatasetView> {
  const dataset = await readableDataset(deps, actor, datasetId);
  return viewDataset(deps, actor.workspaceId, dataset, dataset.permission === 'partial_members');
}

/** `PATCH /datasets/{id}`: only sent keys change; a duplicate name is 400 here (409 only on create). */
export async function updateDataset(deps: AppDeps, actor: Actor, datasetId: string, input: UpdateDatasetInput): Promise<DatasetView> {
  const dataset = await editableDataset(deps, actor, datasetId);
  const store = datasetStore(deps.db, actor.workspaceId);
  if (input.name !== undefined && input.name !== dataset.name) {
    const clash = await store.findByName(input.name!);
    if (clash && clash.id !== dataset.id) throw errors.invalidParam('Dataset name already exists');
  }
  if (dataset.permission !== input.permission && input.permission && actor.role !== 'owner' && dataset.createdBy !== actor.accountId) {
    throw errors.notPermitted('forbidden', 'Dataset permission settings are only available to the dataset creator or owner.');
  }
  const technique = input.indexing_technique ?? dataset.indexingTechnique;
  const modelChanged = input.embedding_model !== undefined || input.indexing_technique === 'high_quality';
  const embedding =
    technique === 'high_quality' && modelChanged
      ? await chooseEmbeddingModel(deps, actor.workspaceId, input.embedding_model_provider ?? dataset.embeddingModelProvider, input.embedding_model ?? dataset.embeddingModel)
      : undefined;
  const rerank = input.retrieval_model?.reranking_model;
  await assertRerankModel(deps, actor.workspaceId, rerank?.reranking_provider_name, rerank?.reranking_model_name);
  await store.update(dataset.id, {
    ...(input.name !== undefined ? { name: input.name! } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.permission ? { permission: input.permission } : {}),
    ...(input.indexing_technique ? { indexingTechnique: input.indexing_technique } : {}),
    ...(technique === 'economy' ? { embeddingModel: null, embeddingModelProvider: null } : {}),
    ...(embedding ? { embeddingModel: embedding.model, embeddingModelProvider: embedding.provider } : {}),
    ...(input.retrieval_model ? { retrievalModel: input.retrieval_model } : {}),
    ...(input.icon_info ? { iconInfo: input.icon_info } : {}),
    updatedBy: actor.accountId,
  });
  const permission = input.permission ?? dataset.permission;
  if (permission !== 'partial_members') await store.replacePartialMembers(dataset.id, []);
  else if (input.partial_member_list) await store.replacePartialMembers(dataset.id, await workspaceMemberIds(deps, actor, input.partial_member_list.map((m) => m.user_id)));
  const updated = (await store.find(dataset.id))!;
  return viewDataset(deps, actor.workspaceId, updated, true);
}

async function workspaceMemberIds(deps: AppDeps, actor: Actor, accountIds: string[]): Promise<string[]> {
  return workspaceMemberAccountIds(deps.db, actor.workspaceId, accountIds);
}

/**
 * `DELETE /datasets/{id}`: its documents, segments, index entries, keys' scope and tag bindings go
 * too. A dataset an app still answers from is refused (409 `dataset_in_use`), as Dify does.
 */
export async function deleteDataset(deps: AppDeps, actor: Actor, datasetId: string): Promise<void> {
  const dataset = await editableDataset(deps, actor, datasetId);
  if ((await appDatasetJoinStore(deps.db, actor.workspaceId).appCounts([dataset.id])).size > 0) {
    throw errors.conflict('dataset_in_use', 'The dataset is being used by some apps. Please remove the dataset from the apps before deleting it.');
  }
  await datasetStore(deps.db, actor.workspaceId).remove(dataset.id);
}
