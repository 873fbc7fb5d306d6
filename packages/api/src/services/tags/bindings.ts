import { and, eq, inArray } from 'drizzle-orm';
import { apps, type Database, datasets, tagBindings, tags, type TagType } from '@tessera/db';
import { type Actor } from '../../context';
import { type AppDeps } from '../../deps';
import { AppError } from '../../errors';
import { assertRole, DATASET_EDITING_ROLES } from '../authz';
import { tagNotFound } from './tags';

export interface BindingInput {
  tag_ids: string[];
  target_id: string;
  type: TagType;
}

/** The binding target must be the workspace's own: an app for `app` tags, a dataset for `knowledge` ones. */
async function assertTargetExists(db: Database, workspaceId: string, type: TagType, targetId: string): Promise<void> {
  if (type === 'app') {
    const [app] = await db.select({ id: apps.id }).from(apps).where(and(eq(apps.id, targetId), eq(apps.workspaceId, workspaceId)));
    if (!app) throw new AppError('not_found', 'App not found', 404);
    return;
  }
  const [dataset] = await db
    .select({ id: datasets.id })
    .from(datasets)
    .where(and(eq(datasets.id, targetId), eq(datasets.workspaceId, workspaceId)));
  if (!dataset) throw new AppError('not_found', 'Dataset not found', 404);
}

/** Dify binds whatever tag ids it is given; Tessera only binds the workspace's tags of the same type. */
async function assertTagsUsable(db: Database, workspaceId: string, type: TagType, tagIds: string[]): Promise<void> {
  const unique = [...new Set(tagIds)];
  if (unique.length === 0) return;
  const found = await db
    .select({ id: tags.id })
    .from(tags)
    .where(and(inArray(tags.id, unique), eq(tags.workspaceId, workspaceId), eq(tags.type, type)));
  if (found.length !== unique.length) throw tagNotFound();
}

/** `POST /tag-bindings/create`: existing bindings are kept, new ones added. */
export async function bindTags(deps: AppDeps, actor: Actor, input: BindingInput): Promise<void> {
  assertRole(actor, DATASET_EDITING_ROLES);
  await assertTargetExists(deps.db, actor.workspaceId, input.type, input.target_id);
  await assertTagsUsable(deps.db, actor.workspaceId, input.type, input.tag_ids);
  const rows = [...new Set(input.tag_ids)].map((tagId) => ({
    workspaceId: actor.workspaceId,
    tagId,
    targetId: input.target_id,
    createdBy: actor.accountId,
  }));
  if (rows.length > 0) await deps.db.insert(tagBindings).values(rows).onConflictDoNothing();
}

/** `POST /tag-bindings/remove`: unbinding a tag that is not bound is a silent no-op. */
export async function unbindTags(deps: AppDeps, actor: Actor, input: BindingInput): Promise<void> {
  assertRole(actor, DATASET_EDITING_ROLES);
  await assertTargetExists(deps.db, actor.workspaceId, input.type, input.target_id);
  if (input.tag_ids.length === 0) return;
  await deps.db
    .delete(tagBindings)
    .where(
      and(
        eq(tagBindings.workspaceId, actor.workspaceId),
        eq(tagBindings.targetId, input.target_id),
        inArray(tagBindings.tagId, input.tag_ids),
      ),
    );
}
