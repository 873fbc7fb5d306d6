import { eq } from 'drizzle-orm';
import { apps, sites } from '@tessera/db';
import { signPassport } from '../auth/passport';
import { browserEndUser } from '../services/end-users/end-users';
import { type TestApp } from './app';

export interface SeededPassport {
  /** Send as `X-App-Passport` (or `Authorization: Bearer`, as older web apps do). */
  passport: string;
  endUserId: string;
  siteCode: string;
  headers: Record<string, string>;
}

/** A web-app end user of `appId` with a public passport, as `GET /api/passport` would give one. */
export async function seedPassport(app: TestApp, appId: string, userId?: string): Promise<SeededPassport> {
  const [row] = await app.deps.db
    .select({ workspaceId: apps.workspaceId, code: sites.code })
    .from(apps)
    .innerJoin(sites, eq(sites.appId, apps.id))
    .where(eq(apps.id, appId));
  if (!row) throw new Error(`seedPassport: no app with a site ${appId}`);
  const endUser = await browserEndUser(app.deps, { appId, workspaceId: row.workspaceId }, userId);
  const passport = await signPassport(app.deps, { iss: appId, app_id: appId, app_code: row.code, end_user_id: endUser.id });
  return { passport, endUserId: endUser.id, siteCode: row.code, headers: { 'X-App-Passport': passport, 'X-App-Code': row.code } };
}
