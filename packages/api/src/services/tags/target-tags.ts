import { and, asc, eq, inArray } from 'drizzle-orm';
import { type Database, tagBindings, tags, type TagType } from '@tessera/db';

export interface TagRef {
  id: string;
  name: string;
  type: TagType;
}

/** The tags of `type` bound to each target, all within one workspace. */
export async function tagsForTargets(
  db: Database,
  workspaceId: string,
  type: TagType,
  targetIds: string[],
): Promise<Map<string, TagRef[]>> {
  const byTarget = new Map<string, TagRef[]>(targetIds.map((id) => [id, []]));
  if (targetIds.length === 0) return byTarget;
  const rows = await db
    .select({ targetId: tagBindings.targetId, id: tags.id, name: tags.name, type: tags.type })
    .from(tagBindings)
    .innerJoin(tags, eq(tags.id, tagBindings.tagId))
    .where(
      and(
        eq(tagBindings.workspaceId, workspaceId),
        eq(tags.workspaceId, workspaceId),
        eq(tags.type, type),
        inArray(tagBindings.targetId, targetIds),
      ),
    )
    .orderBy(asc(tagBindings.createdAt), asc(tags.name));
  for (const row of rows) byTarget.get(row.targetId)?.push({ id: row.id, name: row.name, type: row.type });
  return byTarget;
}
