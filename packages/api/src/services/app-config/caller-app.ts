import { type App } from '@tessera/db';
import { appsStore } from '../../data/apps';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';

/** The app an app key or a passport was issued for, scoped to its workspace. */
export interface CallerAppRef {
  appId: string;
  workspaceId: string;
}

export async function findCallerApp(deps: AppDeps, ref: CallerAppRef): Promise<App> {
  const app = await appsStore(deps.db, ref.workspaceId).find(ref.appId);
  // The caller's credential was checked a moment ago; the app can only have gone since.
  if (!app) throw errors.forbidden('The app no longer exists.');
  return app;
}
