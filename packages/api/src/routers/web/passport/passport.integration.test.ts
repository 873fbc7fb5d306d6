import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apps, endUsers, sites } from '@tessera/db';
import {
  createTestApp,
  passportFor,
  passportHeaders,
  requestPassport,
  seedMember,
  seedOwner,
  seedWorkspace,
  type SeededUser,
  setWebAppAccess,
  siteCodeOf,
  type TestApp,
  webAppLogin,
} from '../../../testing';
import { createAppAs } from '../../console/apps/test-helpers';

const decode = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('GET /api/passport', () => {
  let app: TestApp;
  let owner: SeededUser;
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
  });
  afterAll(async () => app?.close());

  const webApp = async (body: Record<string, unknown> = {}) => {
    const created = await createAppAs(app, owner, body);
    return { appId: created.id, workspaceId: owner.workspaceId, code: await siteCodeOf(app, created.id) };
  };
  const endUser = async (id: string) => (await app.deps.db.select().from(endUsers).where(eq(endUsers.id, id)))[0];

  it('needs X-App-Code', async () => {
    const res = await app.request('GET', '/api/passport');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ code: 'unauthorized', message: 'X-App-Code header is missing.', status: 401 });
  });

  it('answers 404 for an unknown code and for an app whose web app is off', async () => {
    const web = await webApp();
    expect((await requestPassport(app, 'NoSuchCode000000')).status).toBe(404);
    await app.deps.db.update(apps).set({ enableSite: false }).where(eq(apps.id, web.appId));
    const res = await requestPassport(app, web.code);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it("gives each call without user_id a new anonymous browser end user, with Dify's public claims", async () => {
    const web = await webApp();
    const first = decode(await passportFor(app, web.code));
    const second = decode(await passportFor(app, web.code));
    expect(first).toMatchObject({ iss: web.appId, sub: 'Web API Passport', app_id: web.appId, app_code: web.code });
    expect(Object.keys(first).sort()).toEqual(['app_code', 'app_id', 'end_user_id', 'exp', 'iss', 'sub']);
    expect(first.end_user_id).toMatch(UUID_RE);
    expect(second.end_user_id).not.toBe(first.end_user_id);
    expect(await endUser(first.end_user_id as string)).toMatchObject({
      appId: web.appId,
      workspaceId: owner.workspaceId,
      type: 'browser',
      isAnonymous: true,
      externalUserId: null,
      accountId: null,
    });
  });

  it('reuses the end user a user_id names within the app, and keeps apps apart', async () => {
    const web = await webApp();
    const other = await webApp();
    const first = decode(await passportFor(app, web.code, { userId: 'visitor-42' }));
    const again = decode(await passportFor(app, web.code, { userId: 'visitor-42' }));
    const elsewhere = decode(await passportFor(app, other.code, { userId: 'visitor-42' }));
    expect(again.end_user_id).toBe(first.end_user_id);
    expect(elsewhere.end_user_id).not.toBe(first.end_user_id);
    expect(await endUser(first.end_user_id as string)).toMatchObject({ sessionId: 'visitor-42', externalUserId: 'visitor-42', isAnonymous: false });
  });

  it("never hands a visitor the end user of a member who signed in, even by naming its session id", async () => {
    const web = await webApp();
    const member = await seedMember(app, owner.workspaceId, 'normal');
    await setWebAppAccess(app, web, 'private_all');
    const memberClaims = decode(await passportFor(app, web.code, { loginToken: await webAppLogin(app, member.email) }));
    const memberEndUser = await endUser(memberClaims.end_user_id as string);
    await setWebAppAccess(app, web, 'public');

    const visitor = decode(await passportFor(app, web.code, { userId: memberEndUser!.sessionId }));
    expect(visitor.end_user_id).not.toBe(memberClaims.end_user_id);
    expect(await endUser(visitor.end_user_id as string)).toMatchObject({ isAnonymous: true, accountId: null });
  });

  it('ignores a passport that older clients send as the bearer token', async () => {
    const web = await webApp();
    const old = await passportFor(app, web.code);
    const res = await requestPassport(app, web.code, { loginToken: old });
    expect(res.status).toBe(200);
    expect(decode(res.body.access_token).end_user_id).not.toBe(decode(old).end_user_id);
  });

  it('admits a member of the workspace to a private_all app of their workspace only', async () => {
    const web = await webApp();
    await setWebAppAccess(app, web, 'private_all');
    const other = await seedWorkspace(app, 'other');
    const created = await createAppAs(app, other);
    const theirs = { appId: created.id, workspaceId: other.workspaceId, code: await siteCodeOf(app, created.id) };
    await setWebAppAccess(app, theirs, 'private_all');
    const ownerLogin = await webAppLogin(app, owner.email);
    expect((await requestPassport(app, web.code, { loginToken: ownerLogin })).status).toBe(200);
    const refused = await requestPassport(app, theirs.code, { loginToken: ownerLogin });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('web_app_access_denied');
  });
});

describe('POST /api/passport', () => {
  let app: TestApp;
  let owner: SeededUser;
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
  });
  afterAll(async () => app?.close());

  const inspect = (headers: Record<string, string>) => app.request('POST', '/api/passport', { headers, json: {} });
  const webApp = async () => {
    const created = await createAppAs(app, owner);
    return { appId: created.id, workspaceId: owner.workspaceId, code: await siteCodeOf(app, created.id) };
  };

  it("says what a visitor's passport grants", async () => {
    const web = await webApp();
    const passport = await passportFor(app, web.code, { userId: 'visitor-7' });
    const res = await inspect(passportHeaders(web.code, passport));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      app_id: web.appId,
      app_code: web.code,
      end_user_id: decode(passport).end_user_id,
      access_mode: 'public',
      user_id: null,
      token_source: null,
      granted_at: null,
      expires_at: decode(passport).exp,
    });
  });

  it("says what a member's passport grants, also when the passport comes as a bearer token", async () => {
    const web = await webApp();
    await setWebAppAccess(app, web, 'private', [owner.accountId]);
    const passport = await passportFor(app, web.code, { loginToken: await webAppLogin(app, owner.email) });
    const claims = decode(passport);
    for (const headers of [passportHeaders(web.code, passport), { Authorization: `Bearer ${passport}` }]) {
      const res = await inspect(headers);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        app_id: web.appId,
        app_code: web.code,
        end_user_id: claims.end_user_id,
        access_mode: 'private',
        user_id: owner.accountId,
        token_source: 'webapp',
        granted_at: claims.granted_at,
        expires_at: claims.exp,
      });
    }
  });

  it('refuses a missing passport, and one whose site code changed or whose site is off', async () => {
    const web = await webApp();
    const missing = await inspect({});
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ code: 'unauthorized', message: 'App token is missing.', status: 401 });

    const passport = await passportFor(app, web.code);
    await app.deps.db.update(apps).set({ enableSite: false }).where(eq(apps.id, web.appId));
    const disabled = await inspect({ 'X-App-Passport': passport });
    expect(disabled.status).toBe(400);
    expect(disabled.body).toEqual({ code: 'bad_request', message: 'Site is disabled.', status: 400 });
    await app.deps.db.update(sites).set({ code: 'RenewedCode00000' }).where(eq(sites.appId, web.appId));
    const moved = await inspect({ 'X-App-Passport': passport });
    expect(moved.status).toBe(400);
    expect(moved.body).toEqual({ code: 'bad_request', message: 'Site URL is no longer valid.', status: 400 });
  });

  it("refuses another workspace's app code with this passport, and a passport whose end user is gone", async () => {
    const web = await webApp();
    const other = await seedWorkspace(app, 'other');
    const theirApp = await createAppAs(app, other);
    const theirCode = await siteCodeOf(app, theirApp.id);
    const passport = await passportFor(app, web.code);
    const crossed = await inspect(passportHeaders(theirCode, passport));
    expect(crossed.status).toBe(401);
    expect(crossed.body.message).toBe('The passport is for another app.');

    await app.deps.db.delete(endUsers).where(eq(endUsers.id, decode(passport).end_user_id as string));
    const gone = await inspect({ 'X-App-Passport': passport });
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('not_found');
  });
});
