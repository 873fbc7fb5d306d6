import { type TagType } from '@tessera/db';
import { type Actor } from '../../callers';
import { appsStore } from '../../data/apps';
import { datasetStore } from '../../data/datasets/dataset-store';
import { tagsStore } from '../../data/tags';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, DATASET_EDITING_ROLES } from '../authz';
import { tagNotFound } from './tags';

export interface BindingInput {
  tag_ids: string[];
  target_id: string;
  type: TagType;
}

/** The binding target must be the workspace's own: an app for `app` tags, a dataset for `knowledge` ones. */
async function assertTargetExists(deps: AppDeps, workspaceId: string, type: TagType, targetId: string): Promise<void> {
  if (type === 'app') {
    if (!(await appsStore(deps.db, workspaceId).find(targetId))) throw errors.notFound('not_found', 'App not found');
    return;
  }
  if (!(await datasetStore(deps.db, workspaceId).find(targetId))) throw errors.notFound('not_found', 'Dataset not found');
}

/** `POST /tag-bindings/create`: existing bindings are kept, new ones added. */
export async function bindTags(deps: AppDeps, actor: Actor, input: BindingInput): Promise<void> {
  assertRole(actor, DATASET_EDITING_ROLES);
  await assertTargetExists(deps, actor.workspaceId, input.type, input.target_id);
  const store = tagsStore(deps.db, actor.workspaceId);
  // Dify binds whatever tag ids it is given; Tessera only binds the workspace's tags of the same type.
  if ((await store.countOfType(input.type, input.tag_ids)) !== new Set(input.tag_ids).size) throw tagNotFound();
  await store.bind(input.tag_ids, input.target_id, actor.accountId);
}

/** `POST /tag-bindings/remove`: unbinding a tag that is not bound is a silent no-op. */
export async function unbindTags(deps: AppDeps, actor: Actor, input: BindingInput): Promise<void> {
  assertRole(actor, DATASET_EDITING_ROLES);
  await assertTargetExists(deps, actor.workspaceId, input.type, input.target_id);
  await tagsStore(deps.db, actor.workspaceId).unbind(input.tag_ids, input.target_id);
}
