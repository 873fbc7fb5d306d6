import { and, eq } from 'drizzle-orm';
import { sites } from '@tessera/db';
import { signPassport } from '../auth/passport';
import { browserEndUser } from '../services/end-users/end-users';
import { type TestApp } from './app';

export interface SeededPassport {
  endUserId: string;
  siteCode: string;
  /** `X-App-Code` and `X-App-Passport`, as a Dify 1.12 web app sends them. */
  headers: Record<string, string>;
}

/** A public passport for a new browser end user of the app, as `GET /api/passport` would issue it. */
export async function seedPassport(app: TestApp, ref: { appId: string; workspaceId: string }, userId?: string): Promise<SeededPassport> {
  const [site] = await app.deps.db
    .select({ code: sites.code })
    .from(sites)
    .where(and(eq(sites.appId, ref.appId), eq(sites.workspaceId, ref.workspaceId)));
  if (!site) throw new Error(`seedPassport: app ${ref.appId} has no site`);
  const endUser = await browserEndUser(app.deps, ref, userId);
  const token = await signPassport(app.deps, { iss: ref.appId, app_id: ref.appId, app_code: site.code, end_user_id: endUser.id });
  return { endUserId: endUser.id, siteCode: site.code, headers: { 'X-App-Code': site.code, 'X-App-Passport': token } };
}
