import { and, count, desc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { type AppMode, apps, tagBindings, tags } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { escapeLike } from './escape-like';
import { loadAppExtras, presentAppPartial } from './present-app';
import { pageOf, pageOffset } from '../../paging';

export interface ListAppsInput {
  page: number;
  limit: number;
  mode: AppMode | 'all';
  name?: string;
  tag_ids?: string[];
  is_created_by_me?: boolean;
}

/** `GET /apps`: the workspace's apps, newest first, filtered and paged as Dify does. */
export async function listApps(deps: AppDeps, actor: Actor, input: ListAppsInput) {
  const { db } = deps;
  const empty = pageOf(input, 0, []);
  const conditions: SQL[] = [eq(apps.workspaceId, actor.workspaceId)];
  if (input.mode !== 'all') conditions.push(eq(apps.mode, input.mode));
  const name = input.name?.slice(0, 30);
  if (name) conditions.push(ilike(apps.name, `%${escapeLike(name)}%`));
  if (input.is_created_by_me) conditions.push(eq(apps.createdBy, actor.accountId));
  if (input.tag_ids && input.tag_ids.length > 0) {
    const targets = await db
      .selectDistinct({ targetId: tagBindings.targetId })
      .from(tagBindings)
      .innerJoin(tags, eq(tags.id, tagBindings.tagId))
      .where(
        and(
          inArray(tags.id, input.tag_ids),
          eq(tags.workspaceId, actor.workspaceId),
          eq(tags.type, 'app'),
          eq(tagBindings.workspaceId, actor.workspaceId),
        ),
      );
    if (targets.length === 0) return empty;
    conditions.push(
      inArray(
        apps.id,
        targets.map((t) => t.targetId),
      ),
    );
  }
  const where = and(...conditions);
  const [totals] = await db.select({ total: count() }).from(apps).where(where);
  const total = totals?.total ?? 0;
  const rows = await db
    .select()
    .from(apps)
    .where(where)
    .orderBy(desc(apps.createdAt), desc(apps.id))
    .limit(input.limit)
    .offset(pageOffset(input));
  const extras = await loadAppExtras(db, actor.workspaceId, rows);
  return pageOf(
    input,
    total,
    rows.map((app) => presentAppPartial(deps, app, extras.get(app.id)!)),
  );
}
