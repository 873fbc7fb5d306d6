import { type App } from '@tessera/db';
import { type Actor } from '../../callers';
import { errors } from '../../errors';
import { EDITING_ROLES, assertRole } from '../authz';
import { findWorkspaceApp } from '../apps/app-rows';
import { isChatMode } from '../apps/app-mode-gates';
import { type AppDeps } from '../../deps';

export type LogKind = 'chat' | 'completion';

/**
 * The app whose logs an operator reads: one of the actor's workspace's apps, of the kind the route
 * serves (Dify's app loader answers another mode with 404 `app_not_found`). Reading and deleting
 * conversations is for editors and up, as in Dify.
 */
export async function findLogApp(deps: AppDeps, actor: Actor, appId: string, kind: LogKind): Promise<App> {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  const fits = kind === 'chat' ? isChatMode(app.mode) : app.mode === 'completion';
  if (!fits) throw errors.notFound('app_not_found', 'App mode is not in the supported list.');
  assertRole(actor, EDITING_ROLES);
  return app;
}
