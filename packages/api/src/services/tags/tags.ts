import { type TagType } from '@tessera/db';
import { type Actor } from '../../callers';
import { tagsStore } from '../../data/tags';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, DATASET_EDITING_ROLES, EDITING_ROLES } from '../authz';

export interface TagView {
  id: string;
  name: string;
  type: TagType;
  /** A string, as Dify's tag serializer coerces it. */
  binding_count: string;
}

export const tagNotFound = () => errors.notFound('not_found', 'Tag not found');

async function findWorkspaceTag(store: ReturnType<typeof tagsStore>, tagId: string) {
  const tag = await store.find(tagId);
  if (!tag) throw tagNotFound();
  return tag;
}

async function assertNameFree(store: ReturnType<typeof tagsStore>, type: TagType, name: string, exceptId?: string) {
  if (await store.nameTaken(type, name, exceptId)) throw errors.invalidParam('Tag name already exists', 'name');
}

/** `GET /tags?type&keyword`: newest first; without a type Dify matches no tag, so the list is empty. */
export async function listTags(deps: AppDeps, actor: Actor, input: { type?: TagType | ''; keyword?: string }): Promise<TagView[]> {
  if (!input.type) return [];
  const rows = await tagsStore(deps.db, actor.workspaceId).list(input.type, input.keyword);
  return rows.map((row) => ({ id: row.id, name: row.name, type: row.type, binding_count: String(row.bindingCount) }));
}

/** Creating and renaming tags: editors and dataset operators; names are unique per workspace and type. */
export async function createTag(deps: AppDeps, actor: Actor, input: { name: string; type: TagType }): Promise<TagView> {
  assertRole(actor, DATASET_EDITING_ROLES);
  const store = tagsStore(deps.db, actor.workspaceId);
  await assertNameFree(store, input.type, input.name);
  const tag = await store.create({ type: input.type, name: input.name, createdBy: actor.accountId });
  return { id: tag.id, name: tag.name, type: tag.type, binding_count: '0' };
}

export async function updateTag(deps: AppDeps, actor: Actor, tagId: string, name: string): Promise<TagView> {
  const store = tagsStore(deps.db, actor.workspaceId);
  const tag = await findWorkspaceTag(store, tagId);
  assertRole(actor, DATASET_EDITING_ROLES);
  await assertNameFree(store, tag.type, name, tag.id);
  await store.rename(tag.id, name);
  return { id: tag.id, name, type: tag.type, binding_count: String(await store.bindingCount(tag.id)) };
}

/** Deleting a tag (and, by cascade, its bindings) needs edit permission. */
export async function deleteTag(deps: AppDeps, actor: Actor, tagId: string): Promise<void> {
  const store = tagsStore(deps.db, actor.workspaceId);
  const tag = await findWorkspaceTag(store, tagId);
  assertRole(actor, EDITING_ROLES);
  await store.delete(tag.id);
}
