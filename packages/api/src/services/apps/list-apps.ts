import { type AppMode } from '@tessera/db';
import { type Actor } from '../../callers';
import { appsStore } from '../../data/apps';
import { tagsStore } from '../../data/tags';
import { type AppDeps } from '../../deps';
import { pageOf, pageOffset } from '../../paging';
import { loadAppExtras, presentAppPartial } from './present-app';

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
  const tagged = input.tag_ids?.length ? await tagsStore(db, actor.workspaceId).targetsOf('app', input.tag_ids) : undefined;
  const { total, rows } = await appsStore(db, actor.workspaceId).page(
    {
      mode: input.mode === 'all' ? undefined : input.mode,
      name: input.name?.slice(0, 30),
      createdBy: input.is_created_by_me ? actor.accountId : undefined,
      ids: tagged,
    },
    { limit: input.limit, offset: pageOffset(input) },
  );
  const extras = await loadAppExtras(db, actor.workspaceId, rows);
  return pageOf(
    input,
    total,
    rows.map((app) => presentAppPartial(deps, app, extras.get(app.id)!)),
  );
}
