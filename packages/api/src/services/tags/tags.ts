import { and, count, desc, eq, ilike, ne, type SQL } from 'drizzle-orm';
import { type Database, tagBindings, tags, type TagType } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { escapeLike } from '../apps/escape-like';
import { assertRole, DATASET_EDITING_ROLES, EDITING_ROLES } from '../authz';

export interface TagView {
  id: string;
  name: string;
  type: TagType;
  /** A string, as Dify's tag serializer coerces it. */
  binding_count: string;
}

export const tagNotFound = () => errors.notFound('not_found', 'Tag not found');

async function findWorkspaceTag(db: Database, workspaceId: string, tagId: string) {
  const [tag] = await db.select().from(tags).where(and(eq(tags.id, tagId), eq(tags.workspaceId, workspaceId)));
  if (!tag) throw tagNotFound();
  return tag;
}

async function assertNameFree(db: Database, workspaceId: string, type: TagType, name: string, exceptId?: string) {
  const conditions: SQL[] = [eq(tags.workspaceId, workspaceId), eq(tags.type, type), eq(tags.name, name)];
  if (exceptId) conditions.push(ne(tags.id, exceptId));
  const [clash] = await db.select({ id: tags.id }).from(tags).where(and(...conditions));
  if (clash) throw errors.invalidParam('Tag name already exists', 'name');
}

async function bindingCount(db: Database, tagId: string): Promise<string> {
  const [row] = await db.select({ n: count() }).from(tagBindings).where(eq(tagBindings.tagId, tagId));
  return String(row?.n ?? 0);
}

/** `GET /tags?type&keyword`: newest first; without a type Dify matches no tag, so the list is empty. */
export async function listTags(deps: AppDeps, actor: Actor, input: { type?: TagType | ''; keyword?: string }): Promise<TagView[]> {
  if (!input.type) return [];
  const conditions: SQL[] = [eq(tags.workspaceId, actor.workspaceId), eq(tags.type, input.type)];
  if (input.keyword) conditions.push(ilike(tags.name, `%${escapeLike(input.keyword)}%`));
  const rows = await deps.db
    .select({ id: tags.id, name: tags.name, type: tags.type, n: count(tagBindings.id) })
    .from(tags)
    .leftJoin(tagBindings, eq(tagBindings.tagId, tags.id))
    .where(and(...conditions))
    .groupBy(tags.id, tags.name, tags.type, tags.createdAt)
    .orderBy(desc(tags.createdAt), desc(tags.id));
  return rows.map((row) => ({ id: row.id, name: row.name, type: row.type, binding_count: String(row.n) }));
}

/** Creating and renaming tags: editors and dataset operators; names are unique per workspace and type. */
export async function createTag(deps: AppDeps, actor: Actor, input: { name: string; type: TagType }): Promise<TagView> {
  assertRole(actor, DATASET_EDITING_ROLES);
  await assertNameFree(deps.db, actor.workspaceId, input.type, input.name);
  const [tag] = await deps.db
    .insert(tags)
    .values({ workspaceId: actor.workspaceId, type: input.type, name: input.name, createdBy: actor.accountId })
    .returning();
  return { id: tag!.id, name: tag!.name, type: tag!.type, binding_count: '0' };
}

export async function updateTag(deps: AppDeps, actor: Actor, tagId: string, name: string): Promise<TagView> {
  const tag = await findWorkspaceTag(deps.db, actor.workspaceId, tagId);
  assertRole(actor, DATASET_EDITING_ROLES);
  await assertNameFree(deps.db, actor.workspaceId, tag.type, name, tag.id);
  await deps.db.update(tags).set({ name }).where(and(eq(tags.id, tag.id), eq(tags.workspaceId, actor.workspaceId)));
  return { id: tag.id, name, type: tag.type, binding_count: await bindingCount(deps.db, tag.id) };
}

/** Deleting a tag (and, by cascade, its bindings) needs edit permission. */
export async function deleteTag(deps: AppDeps, actor: Actor, tagId: string): Promise<void> {
  const tag = await findWorkspaceTag(deps.db, actor.workspaceId, tagId);
  assertRole(actor, EDITING_ROLES);
  await deps.db.delete(tags).where(and(eq(tags.id, tag.id), eq(tags.workspaceId, actor.workspaceId)));
}
