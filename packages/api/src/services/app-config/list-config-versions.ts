import { and, count, desc, eq } from 'drizzle-orm';
import { appModelConfigs } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { toUnixRequired } from '../../validation';
import { findWorkspaceApp } from '../apps/app-rows';
import { PROMPT_APP_MODES } from '../apps/model-config';
import { assertConsoleAppMode } from './console-mode-gate';
import { pageOf, pageOffset } from '../../paging';

export interface ListConfigVersionsInput {
  page: number;
  limit: number;
}

/** `GET /apps/{app_id}/model-config/versions`: every saved configuration, newest first. */
export async function listConfigVersions(deps: AppDeps, actor: Actor, appId: string, input: ListConfigVersionsInput) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  assertConsoleAppMode(app, PROMPT_APP_MODES);
  const scope = and(eq(appModelConfigs.appId, app.id), eq(appModelConfigs.workspaceId, actor.workspaceId));
  const [rows, [total]] = await Promise.all([
    deps.db
      .select({ id: appModelConfigs.id, version: appModelConfigs.version, createdBy: appModelConfigs.createdBy, createdAt: appModelConfigs.createdAt })
      .from(appModelConfigs)
      .where(scope)
      .orderBy(desc(appModelConfigs.version))
      .limit(input.limit)
      .offset(pageOffset(input)),
    deps.db.select({ n: count() }).from(appModelConfigs).where(scope),
  ]);
  const totalCount = total?.n ?? 0;
  return pageOf(
    input,
    totalCount,
    rows.map((row) => ({
      id: row.id,
      version: row.version,
      created_by: row.createdBy,
      created_at: toUnixRequired(row.createdAt),
      current: row.id === app.appModelConfigId,
    })),
  );
}
