import { and, eq } from 'drizzle-orm';
import { type App, apps } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';

/** The app an app key or a passport was issued for, scoped to its workspace. */
export interface CallerAppRef {
  appId: string;
  workspaceId: string;
}

export async function findCallerApp(deps: AppDeps, ref: CallerAppRef): Promise<App> {
  const [app] = await deps.db
    .select()
    .from(apps)
    .where(and(eq(apps.id, ref.appId), eq(apps.workspaceId, ref.workspaceId)));
  // The caller's credential was checked a moment ago; the app can only have gone since.
  if (!app) throw errors.forbidden('The app no longer exists.');
  return app;
}
