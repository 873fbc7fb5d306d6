import { type PromptAppMode, validateModelConfig } from '@tessera/app-engine';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { appDatasetJoinStore } from '../../data/datasets/app-dataset-join-store';
import { appDatasetIds, assertAppDatasets } from '../app-retrieval/app-datasets';
import { findWorkspaceApp } from '../apps/app-rows';
import { PROMPT_APP_MODES } from '../apps/model-config';
import { assertRole, EDITING_ROLES } from '../authz';
import { addConfigVersion } from './config-versions';
import { assertConsoleAppMode } from './console-mode-gate';
import { modelConfigContext } from './model-context';

/**
 * `POST /apps/{app_id}/model-config`: Dify's config_validate for the app's mode (completion params
 * checked against the chosen model's rules), then a new version that answers from now on.
 */
export async function saveModelConfig(deps: AppDeps, actor: Actor, appId: string, body: Record<string, unknown>) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  assertConsoleAppMode(app, PROMPT_APP_MODES);
  assertRole(actor, EDITING_ROLES);
  const raw = structuredClone(body);
  const context = await modelConfigContext(deps, actor.workspaceId, raw);
  const config = validateModelConfig(app.mode as PromptAppMode, raw, context);
  await assertAppDatasets(deps, actor, app.mode, config);
  await deps.db.transaction(async (tx) => {
    await addConfigVersion(tx, { workspaceId: actor.workspaceId, appId: app.id, config, createdBy: actor.accountId, now: deps.now() });
    await appDatasetJoinStore(tx, actor.workspaceId).replaceForApp(app.id, appDatasetIds(config));
  });
  return { result: 'success' as const };
}
