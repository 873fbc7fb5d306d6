import { type App } from '@tessera/db';
import { type Actor } from '../../callers';
import { appsStore } from '../../data/apps';
import { type AppDeps } from '../../deps';
import { findWorkspaceApp } from './app-rows';
import { loadAppExtras, presentAppDetail, presentAppDetailWithSite } from './present-app';

export async function appDetailWithSite(deps: AppDeps, app: App) {
  const [site, extras] = await Promise.all([appsStore(deps.db, app.workspaceId).findSite(app.id), loadAppExtras(deps.db, app.workspaceId, [app])]);
  return presentAppDetailWithSite(deps, app, site, extras.get(app.id)!);
}

export async function appDetail(deps: AppDeps, app: App) {
  const extras = await loadAppExtras(deps.db, app.workspaceId, [app]);
  return presentAppDetail(app, extras.get(app.id)!);
}

/** `GET /apps/{app_id}`. */
export async function getApp(deps: AppDeps, actor: Actor, appId: string) {
  return appDetailWithSite(deps, await findWorkspaceApp(deps.db, actor.workspaceId, appId));
}
