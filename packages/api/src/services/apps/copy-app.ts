import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertRole, EDITING_ROLES } from '../authz';
import { exportAppDsl } from '../dsl/export-dsl';
import { DslError, type DslOverrides, importDsl, parseDsl } from '../dsl/import-dsl';
import { findWorkspaceApp } from './app-rows';
import { appDetailWithSite } from './get-app';
import { assertIconUsable } from './icon';

/**
 * `POST /apps/{app_id}/copy`: Dify's copy is an export (secrets included, since the copy stays in
 * the workspace) imported again as a new app with its own site and no API keys.
 */
export async function copyApp(deps: AppDeps, actor: Actor, appId: string, overrides: DslOverrides) {
  const source = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  assertRole(actor, EDITING_ROLES);
  if (overrides.icon_type === 'image') await assertIconUsable(deps.db, actor.workspaceId, 'image', overrides.icon ?? '');
  const parsed = parseDsl(exportAppDsl(source, { includeSecret: true }));
  try {
    const app = await deps.db.transaction((tx) => importDsl(tx, actor, parsed, overrides));
    return appDetailWithSite(deps, app);
  } catch (error) {
    if (error instanceof DslError) throw errors.invalidParam(error.message);
    throw error;
  }
}
