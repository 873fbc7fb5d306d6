import { type Actor } from '../../callers';
import { appsStore } from '../../data/apps';
import { tagsStore } from '../../data/tags';
import { type AppDeps } from '../../deps';
import { assertRole, EDITING_ROLES } from '../authz';
import { findWorkspaceApp } from './app-rows';

/**
 * `DELETE /apps/{app_id}`. The row goes at once, and with it (by cascade) its site and API keys,
 * so its web app and keys stop working on the next request; tag bindings are not keyed to apps
 * by a foreign key and are removed in the same transaction.
 */
export async function deleteApp(deps: AppDeps, actor: Actor, appId: string): Promise<void> {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  assertRole(actor, EDITING_ROLES);
  await deps.db.transaction(async (tx) => {
    await tagsStore(tx, actor.workspaceId).unbindTarget(app.id);
    await appsStore(tx, actor.workspaceId).delete(app.id);
  });
}
