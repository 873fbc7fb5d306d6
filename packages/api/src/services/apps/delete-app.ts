import { and, eq } from 'drizzle-orm';
import { apps, tagBindings } from '@tessera/db';
import { type Actor } from '../../callers';
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
    await tx.delete(tagBindings).where(and(eq(tagBindings.targetId, app.id), eq(tagBindings.workspaceId, actor.workspaceId)));
    await tx.delete(apps).where(and(eq(apps.id, app.id), eq(apps.workspaceId, actor.workspaceId)));
  });
}
