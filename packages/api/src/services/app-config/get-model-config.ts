import { type Actor } from '../../callers';
import { configVersionsStore } from '../../data/config-versions';
import { type AppDeps } from '../../deps';
import { toUnixRequired } from '../../validation';
import { findWorkspaceApp } from '../apps/app-rows';
import { normaliseModelConfig, PROMPT_APP_MODES } from '../apps/model-config';
import { assertConsoleAppMode } from './console-mode-gate';

/**
 * `GET /apps/{app_id}/model-config`: the configuration that answers now, in Dify's
 * `model_config_fields`, stamped by the version it was saved as (apps older than versioning
 * have none and carry the app's own stamps).
 */
export async function getModelConfig(deps: AppDeps, actor: Actor, appId: string) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  assertConsoleAppMode(app, PROMPT_APP_MODES);
  const version = app.appModelConfigId
    ? await configVersionsStore(deps.db, actor.workspaceId).find(app.id, app.appModelConfigId)
    : undefined;
  const createdBy = version ? version.createdBy : app.createdBy;
  const createdAt = toUnixRequired(version ? version.createdAt : app.createdAt);
  return {
    ...normaliseModelConfig(app.modelConfig),
    id: version?.id ?? null,
    version: version?.version ?? null,
    created_by: createdBy,
    created_at: createdAt,
    // A version is never edited: it was last changed when it was saved.
    updated_by: version ? createdBy : app.updatedBy,
    updated_at: version ? createdAt : toUnixRequired(app.updatedAt),
  };
}
