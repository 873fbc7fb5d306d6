import { type Actor } from '../../callers';
import { configVersionsStore } from '../../data/config-versions';
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
  const { total: totalCount, rows } = await configVersionsStore(deps.db, actor.workspaceId).page(app.id, {
    limit: input.limit,
    offset: pageOffset(input),
  });
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
