import { and, desc, eq } from 'drizzle-orm';
import { apps, mailOutbox, sites, webAppAccessMembers } from '@tessera/db';
import { type WebAppAccessMode } from '../services/web-app/access-rules';
import { type TestApp, type TestResponse } from './app';
import { TEST_PASSWORD } from './seed';

/** The site code (`X-App-Code`) of an app's web app. */
export async function siteCodeOf(app: TestApp, appId: string): Promise<string> {
  const [site] = await app.deps.db.select({ code: sites.code }).from(sites).where(eq(sites.appId, appId));
  if (!site) throw new Error(`app ${appId} has no site`);
  return site.code;
}

/** `GET /api/passport` for a web app, optionally as a visitor id or with a member's login token. */
export function requestPassport(app: TestApp, code: string, options: { userId?: string; loginToken?: string } = {}): Promise<TestResponse> {
  return app.request('GET', '/api/passport', {
    headers: { 'X-App-Code': code, ...(options.loginToken ? { Authorization: `Bearer ${options.loginToken}` } : {}) },
    query: options.userId ? { user_id: options.userId } : {},
  });
}

/** A passport for the web app; fails the test on any other answer. */
export async function passportFor(app: TestApp, code: string, options: { userId?: string; loginToken?: string } = {}): Promise<string> {
  const res = await requestPassport(app, code, options);
  if (res.status !== 200) throw new Error(`passport failed: ${res.status} ${res.text}`);
  return res.body.access_token as string;
}

/** Headers of a passport-authenticated web-app call, as Dify 1.12 clients send them. */
export function passportHeaders(code: string, passport: string): Record<string, string> {
  return { 'X-App-Code': code, 'X-App-Passport': passport };
}

/**
 * Sets who may open an app's web app, as the console does: the access mode and, for `private`,
 * the chosen members (replacing the previous ones).
 */
export async function setWebAppAccess(
  app: TestApp,
  ref: { appId: string; workspaceId: string },
  mode: WebAppAccessMode,
  chosenAccountIds: string[] = [],
): Promise<void> {
  await app.deps.db.transaction(async (tx) => {
    await tx.update(apps).set({ accessMode: mode }).where(and(eq(apps.id, ref.appId), eq(apps.workspaceId, ref.workspaceId)));
    await tx.delete(webAppAccessMembers).where(eq(webAppAccessMembers.appId, ref.appId));
    if (chosenAccountIds.length > 0) {
      await tx
        .insert(webAppAccessMembers)
        .values(chosenAccountIds.map((accountId) => ({ appId: ref.appId, workspaceId: ref.workspaceId, accountId })));
    }
  });
}

/** A member's web-app login token from `POST /api/login`; fails the test on any other answer. */
export async function webAppLogin(app: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.request('POST', '/api/login', { json: { email, password } });
  if (res.status !== 200) throw new Error(`web-app login failed: ${res.status} ${res.text}`);
  return res.body.data.access_token as string;
}

/** The six-digit code of the newest mail to an address (mail stays in the outbox without SMTP). */
export async function latestMailedCode(app: TestApp, email: string): Promise<string> {
  const [mail] = await app.deps.db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  const code = mail ? /\b(\d{6})\b/.exec(mail.text)?.[1] : undefined;
  if (!code) throw new Error(`no mailed code for ${email}`);
  return code;
}
