import { and, eq } from 'drizzle-orm';
import { apps, sites } from '@tessera/db';
import { signPassport } from '../auth/passport';
import { browserEndUser } from '../services/end-users/end-users';
import { type TestApp } from './app';

export interface SeededPassport {
  endUserId: string;
  siteCode: string;
  /** `X-App-Passport` and `X-App-Code`, ready to send. */
  headers: Record<string, string>;
}

/** A web-app visitor of `appId` with a public passport, as `GET /api/passport` would give one. */
export async function seedPassport(app: TestApp, appId: string, userId?: string): Promise<SeededPassport> {
  const [row] = await app.deps.db
    .select({ workspaceId: apps.workspaceId, code: sites.code })
    .from(apps)
    .innerJoin(sites, eq(sites.appId, apps.id))
    .where(and(eq(apps.id, appId)));
  if (!row) throw new Error(`app ${appId} has no site`);
  const endUser = await browserEndUser(app.deps, { appId, workspaceId: row.workspaceId }, userId);
  const token = await signPassport(app.deps, { iss: appId, app_id: appId, app_code: row.code, end_user_id: endUser.id });
  return { endUserId: endUser.id, siteCode: row.code, headers: { 'X-App-Passport': token, 'X-App-Code': row.code } };
}
