import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { assertRole, EDITING_ROLES } from '../authz';
import { exportAppDsl } from '../dsl/export-dsl';
import { findWorkspaceApp } from './app-rows';

/** `GET /apps/{app_id}/export`: `{data: <DSL YAML>}`. */
export async function exportApp(deps: AppDeps, actor: Actor, appId: string, includeSecret: boolean) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  assertRole(actor, EDITING_ROLES);
  return { data: exportAppDsl(app, { includeSecret }) };
}
