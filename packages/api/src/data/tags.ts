import { and, asc, count, desc, eq, ilike, inArray, ne, type SQL } from 'drizzle-orm';
import { type Queryable, type Tag, tagBindings, tags, type TagType } from '@tessera/db';
import { escapeLike } from './escape-like';

export interface TagRef {
  id: string;
  name: string;
  type: TagType;
}

export interface TagWithCount extends TagRef {
  bindingCount: number;
}

/**
 * A workspace's tags and their bindings. Every query filters tags and bindings by the workspace
 * it was built for, so a tag or target id from another workspace finds nothing.
 */
export function tagsStore(db: Queryable, workspaceId: string) {
  const ownTag = (tagId: string) => and(eq(tags.id, tagId), eq(tags.workspaceId, workspaceId));
  const ownBindings = eq(tagBindings.workspaceId, workspaceId);

  return {
    async find(tagId: string): Promise<Tag | undefined> {
      const [tag] = await db.select().from(tags).where(ownTag(tagId));
      return tag;
    },

    /** Whether another tag of this type already has the name (names are unique per workspace and type). */
    async nameTaken(type: TagType, name: string, exceptId?: string): Promise<boolean> {
      const conditions: SQL[] = [eq(tags.workspaceId, workspaceId), eq(tags.type, type), eq(tags.name, name)];
      if (exceptId) conditions.push(ne(tags.id, exceptId));
      const [clash] = await db.select({ id: tags.id }).from(tags).where(and(...conditions));
      return Boolean(clash);
    },

    /** Newest first, with how many targets each is bound to; `keyword` matches the name literally. */
    async list(type: TagType, keyword?: string): Promise<TagWithCount[]> {
      const conditions: SQL[] = [eq(tags.workspaceId, workspaceId), eq(tags.type, type)];
      if (keyword) conditions.push(ilike(tags.name, `%${escapeLike(keyword)}%`));
      const rows = await db
        .select({ id: tags.id, name: tags.name, type: tags.type, bindingCount: count(tagBindings.id) })
        .from(tags)
        .leftJoin(tagBindings, and(eq(tagBindings.tagId, tags.id), ownBindings))
        .where(and(...conditions))
        .groupBy(tags.id, tags.name, tags.type, tags.createdAt)
        .orderBy(desc(tags.createdAt), desc(tags.id));
      return rows;
    },

    async create(input: { type: TagType; name: string; createdBy: string }): Promise<Tag> {
      const [tag] = await db.insert(tags).values({ workspaceId, ...input }).returning();
      return tag!;
    },

    async rename(tagId: string, name: string): Promise<void> {
      await db.update(tags).set({ name }).where(ownTag(tagId));
    },

    /** Its bindings go with it (the foreign key cascades). */
    async delete(tagId: string): Promise<void> {
      await db.delete(tags).where(ownTag(tagId));
    },

    async bindingCount(tagId: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(tagBindings).where(and(eq(tagBindings.tagId, tagId), ownBindings));
      return row?.n ?? 0;
    },

    /** How many of `tagIds` (duplicates ignored) are this workspace's tags of `type`. */
    async countOfType(type: TagType, tagIds: string[]): Promise<number> {
      const unique = [...new Set(tagIds)];
      if (unique.length === 0) return 0;
      const found = await db
        .select({ id: tags.id })
        .from(tags)
        .where(and(inArray(tags.id, unique), eq(tags.workspaceId, workspaceId), eq(tags.type, type)));
      return found.length;
    },

    /** Binds each tag to the target; bindings that exist already are kept. */
    async bind(tagIds: string[], targetId: string, createdBy: string): Promise<void> {
      const rows = [...new Set(tagIds)].map((tagId) => ({ workspaceId, tagId, targetId, createdBy }));
      if (rows.length > 0) await db.insert(tagBindings).values(rows).onConflictDoNothing();
    },

    async unbind(tagIds: string[], targetId: string): Promise<void> {
      if (tagIds.length === 0) return;
      await db.delete(tagBindings).where(and(ownBindings, eq(tagBindings.targetId, targetId), inArray(tagBindings.tagId, tagIds)));
    },

    /** Every binding of a target, when the target itself goes away. */
    async unbindTarget(targetId: string): Promise<void> {
      await db.delete(tagBindings).where(and(ownBindings, eq(tagBindings.targetId, targetId)));
    },

    /** The targets bound to any of `tagIds` of `type`. */
    async targetsOf(type: TagType, tagIds: string[]): Promise<string[]> {
      const rows = await db
        .selectDistinct({ targetId: tagBindings.targetId })
        .from(tagBindings)
        .innerJoin(tags, eq(tags.id, tagBindings.tagId))
        .where(and(inArray(tags.id, tagIds), eq(tags.workspaceId, workspaceId), eq(tags.type, type), ownBindings));
      return rows.map((row) => row.targetId);
    },

    /** The tags of `type` bound to each target, oldest binding first. */
    async forTargets(type: TagType, targetIds: string[]): Promise<Map<string, TagRef[]>> {
      const byTarget = new Map<string, TagRef[]>(targetIds.map((id) => [id, []]));
      if (targetIds.length === 0) return byTarget;
      const rows = await db
        .select({ targetId: tagBindings.targetId, id: tags.id, name: tags.name, type: tags.type })
        .from(tagBindings)
        .innerJoin(tags, eq(tags.id, tagBindings.tagId))
        .where(and(ownBindings, eq(tags.workspaceId, workspaceId), eq(tags.type, type), inArray(tagBindings.targetId, targetIds)))
        .orderBy(asc(tagBindings.createdAt), asc(tags.name));
      for (const row of rows) byTarget.get(row.targetId)?.push({ id: row.id, name: row.name, type: row.type });
      return byTarget;
    },
  };
}
