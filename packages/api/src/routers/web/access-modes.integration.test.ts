import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts, endUsers, workspaceMembers } from '@tessera/db';
import { signJwt } from '../../auth/tokens';
import { passportFor, passportHeaders, requestPassport, seedMember, seedWorkspace, type SeededUser, setWebAppAccess, siteCodeOf, webAppLogin } from '../../testing';
import { useIntegrationFixture } from '../../testing/fixtures';
import { createAppAs } from '../console/apps/test-helpers';

const decode = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
const DAY_MS = 86_400_000;

describe('web-app access modes end to end', () => {
  const fx = useIntegrationFixture();
  let chosen: SeededUser;
  let colleague: SeededUser;
  let outsider: SeededUser;
  let logins: Record<'owner' | 'chosen' | 'colleague' | 'outsider', string>;

  beforeAll(async () => {
    chosen = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    colleague = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    outsider = await seedWorkspace(fx.app, 'outsider');
    logins = {
      owner: await webAppLogin(fx.app, fx.owner.email),
      chosen: await webAppLogin(fx.app, chosen.email),
      colleague: await webAppLogin(fx.app, colleague.email),
      outsider: await webAppLogin(fx.app, outsider.email),
    };
  });

  /** A fresh chat app of the owner's workspace with the given access mode. */
  async function webApp(mode: 'public' | 'private' | 'private_all', chosenIds: string[] = []) {
    const created = await createAppAs(fx.app, fx.owner, { name: `Web ${mode}` });
    const ref = { appId: created.id, workspaceId: fx.owner.workspaceId };
    await setWebAppAccess(fx.app, ref, mode, chosenIds);
    return { ...ref, code: await siteCodeOf(fx.app, created.id) };
  }
  const site = (code: string, passport: string) => fx.app.request('GET', '/api/site', { headers: passportHeaders(code, passport) });

  it('public: anyone gets a passport without signing in, and it opens the app', async () => {
    const web = await webApp('public');
    const res = await requestPassport(fx.app, web.code);
    expect(res.status).toBe(200);
    const claims = decode(res.body.access_token);
    expect(claims).toMatchObject({ iss: web.appId, sub: 'Web API Passport', app_id: web.appId, app_code: web.code });
    expect(claims).not.toHaveProperty('user_id');
    expect(claims).not.toHaveProperty('token_source');
    expect((await site(web.code, res.body.access_token)).status).toBe(200);
  });

  it('private: refuses a visitor without a sign-in with web_sso_auth_required', async () => {
    const web = await webApp('private', [chosen.accountId]);
    const res = await requestPassport(fx.app, web.code);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ code: 'web_sso_auth_required', message: 'Web app authentication required.', status: 401 });
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"');
  });

  it('private: refuses a signed-in member who was not chosen, admits a chosen one for their own end user', async () => {
    const web = await webApp('private', [chosen.accountId]);
    const refused = await requestPassport(fx.app, web.code, { loginToken: logins.colleague });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({
      code: 'web_app_access_denied',
      message: 'You do not have permission to access this web app.',
      status: 401,
    });

    const admitted = await requestPassport(fx.app, web.code, { loginToken: logins.chosen });
    expect(admitted.status).toBe(200);
    const claims = decode(admitted.body.access_token);
    expect(claims).toMatchObject({
      sub: 'Web API Passport',
      app_id: web.appId,
      app_code: web.code,
      user_id: chosen.accountId,
      auth_type: 'internal',
      token_source: 'webapp',
      access_mode: 'private',
    });
    expect(claims.granted_at).toEqual(expect.any(Number));
    expect(claims.exp).toBe(decode(logins.chosen).exp);
    const [endUser] = await fx.app.deps.db.select().from(endUsers).where(eq(endUsers.id, claims.end_user_id as string));
    expect(endUser).toMatchObject({ appId: web.appId, accountId: chosen.accountId, isAnonymous: false });

    const again = decode(await passportFor(fx.app, web.code, { loginToken: logins.chosen }));
    expect(again.end_user_id).toBe(claims.end_user_id);
    const res = await site(web.code, admitted.body.access_token);
    expect(res.status).toBe(200);
    expect(res.body.end_user_id).toBe(claims.end_user_id);
    // Dify 1.12 clients send the login token along as the bearer token; the passport header wins.
    const both = await fx.app.request('GET', '/api/site', {
      headers: { ...passportHeaders(web.code, admitted.body.access_token), Authorization: `Bearer ${logins.chosen}` },
    });
    expect(both.status).toBe(200);
  });

  it('private_all: admits every member of the workspace and refuses an account of another workspace', async () => {
    const web = await webApp('private_all');
    for (const token of [logins.owner, logins.colleague, logins.chosen]) {
      expect((await requestPassport(fx.app, web.code, { loginToken: token })).status).toBe(200);
    }
    const refused = await requestPassport(fx.app, web.code, { loginToken: logins.outsider });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('web_app_access_denied');
  });

  it('a public passport on a non-public app asks for a sign-in; a member passport on a public app is expired', async () => {
    const web = await webApp('public');
    const visitor = await passportFor(fx.app, web.code);
    await setWebAppAccess(fx.app, web, 'private_all');
    const member = await passportFor(fx.app, web.code, { loginToken: logins.colleague });

    const visitorRes = await site(web.code, visitor);
    expect(visitorRes.status).toBe(401);
    expect(visitorRes.body.code).toBe('web_sso_auth_required');

    await setWebAppAccess(fx.app, web, 'public');
    const memberRes = await site(web.code, member);
    expect(memberRes.status).toBe(401);
    expect(memberRes.body).toEqual({ code: 'unauthorized', message: 'webapp token expired.', status: 401 });
    expect((await site(web.code, visitor)).status).toBe(200);
  });

  it('removing a chosen member ends their passport at once', async () => {
    const web = await webApp('private', [chosen.accountId, colleague.accountId]);
    const passport = await passportFor(fx.app, web.code, { loginToken: logins.chosen });
    expect((await site(web.code, passport)).status).toBe(200);

    await setWebAppAccess(fx.app, web, 'private', [colleague.accountId]);
    const res = await site(web.code, passport);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('web_app_access_denied');
  });

  it('leaving the workspace or being banned ends a private_all passport', async () => {
    const web = await webApp('private_all');
    const leaver = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const leaverPassport = await passportFor(fx.app, web.code, { loginToken: await webAppLogin(fx.app, leaver.email) });
    const banned = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const bannedPassport = await passportFor(fx.app, web.code, { loginToken: await webAppLogin(fx.app, banned.email) });
    expect((await site(web.code, leaverPassport)).status).toBe(200);

    await fx.app.deps.db
      .delete(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, fx.owner.workspaceId), eq(workspaceMembers.accountId, leaver.accountId)));
    await fx.app.deps.db.update(accounts).set({ status: 'banned' }).where(eq(accounts.id, banned.accountId));
    for (const passport of [leaverPassport, bannedPassport]) {
      const res = await site(web.code, passport);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('web_app_access_denied');
    }
  });

  it('changing the access mode ends passports granted under the old one, even for members still admitted', async () => {
    const web = await webApp('private_all');
    const passport = await passportFor(fx.app, web.code, { loginToken: logins.chosen });
    await setWebAppAccess(fx.app, web, 'private', [chosen.accountId]);
    const res = await site(web.code, passport);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('web_app_access_denied');
    const renewed = await passportFor(fx.app, web.code, { loginToken: logins.chosen });
    expect((await site(web.code, renewed)).status).toBe(200);
  });

  it("refuses a passport of app A sent with app B's code, whatever B's access mode", async () => {
    const publicA = await webApp('public');
    const publicB = await webApp('public');
    const privateB = await webApp('private_all');
    const passportA = await passportFor(fx.app, publicA.code);
    const toPublic = await site(publicB.code, passportA);
    expect(toPublic.status).toBe(401);
    expect(toPublic.body).toEqual({ code: 'unauthorized', message: 'The passport is for another app.', status: 401 });
    const toPrivate = await site(privateB.code, passportA);
    expect(toPrivate.status).toBe(401);
    expect(toPrivate.body.code).toBe('web_sso_auth_required');
  });

  it('refuses forged, foreign-subject and console tokens in place of a login token or a passport', async () => {
    const web = await webApp('private_all');
    const secret = fx.app.deps.config.secretKey;
    const inAnHour = new Date(fx.app.deps.now().getTime() + 3_600_000);
    const loginClaims = { sub: 'Web API Passport', user_id: colleague.accountId, session_id: colleague.email, token_source: 'webapp_login_token', auth_type: 'internal' };
    const forged = await signJwt('another-secret-key-0123456789abcdef', loginClaims, inAnHour);
    const otherSubject = await signJwt(secret, { ...loginClaims, sub: 'Console API Passport' }, inAnHour);
    const expiredLogin = await signJwt(secret, loginClaims, new Date(fx.app.deps.now().getTime() - 1000));

    const cases: [string, string][] = [
      [forged, 'Invalid token signature.'],
      [otherSubject, "Invalid token source. Expected 'webapp_login_token'."],
      [fx.owner.token, "Invalid token source. Expected 'webapp_login_token'."],
      [expiredLogin, 'Token has expired.'],
      ['not-a-jwt', 'Invalid token.'],
    ];
    for (const [token, message] of cases) {
      const res = await requestPassport(fx.app, web.code, { loginToken: token });
      expect(res.status, message).toBe(401);
      expect(res.body).toEqual({ code: 'unauthorized', message, status: 401 });
    }

    // A login token is not a passport, and a forged passport names no one.
    const passport = await passportFor(fx.app, web.code, { loginToken: logins.colleague });
    const forgedPassport = await signJwt('another-secret-key-0123456789abcdef', decode(passport), inAnHour);
    for (const token of [logins.colleague, forgedPassport, fx.owner.token]) {
      const res = await site(web.code, token);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('web_sso_auth_required');
    }
  });

  it("refuses a passport forged for another workspace's member, even signed with the right key", async () => {
    const web = await webApp('private_all');
    const real = decode(await passportFor(fx.app, web.code, { loginToken: logins.colleague }));
    const stolen = await signJwt(fx.app.deps.config.secretKey, { ...real, user_id: outsider.accountId }, new Date(fx.app.deps.now().getTime() + 3_600_000));
    const res = await site(web.code, stolen);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('web_app_access_denied');
  });

  // Last: it moves the clock past every sign-in of this file.
  it('a member passport lives as long as the sign-in it was exchanged for', async () => {
    const web = await webApp('private_all');
    const login = await webAppLogin(fx.app, colleague.email);
    const passport = await passportFor(fx.app, web.code, { loginToken: login });
    expect(decode(login).exp).toBe(decode(passport).exp);
    fx.app.advanceClock(DAY_MS + 60_000);
    const expired = await site(web.code, passport);
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('web_sso_auth_required');
    const stale = await requestPassport(fx.app, web.code, { loginToken: login });
    expect(stale.status).toBe(401);
    expect(stale.body).toEqual({ code: 'unauthorized', message: 'Token has expired.', status: 401 });
  });
});
