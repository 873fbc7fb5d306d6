import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, workspaces } from '@tessera/db';
import {
  createAccount,
  createTestApp,
  latestMailedCode,
  passportFor,
  seedMember,
  seedOwner,
  seedWorkspace,
  type SeededUser,
  setWebAppAccess,
  siteCodeOf,
  tallyAnswers as tally,
  TEST_PASSWORD,
  type TestApp,
  webAppLogin,
} from '../../../testing';
import { createAppAs } from '../../console/apps/test-helpers';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const decode = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NEW_PASSWORD = 'N3w-passw0rd';

describe('web-app sign-in', () => {
  let app: TestApp;
  let owner: SeededUser;
  beforeAll(async () => {
    // Registration open for the console: the web app must still never create accounts.
    app = await createTestApp({ allowRegister: true });
    owner = await seedOwner(app);
  });
  afterAll(async () => app?.close());

  const post = (path: string, json: Record<string, unknown>) => app.request('POST', `/api${path}`, { json });
  const accountCount = async () => (await app.deps.db.select({ n: count() }).from(accounts))[0]!.n;

  it("signs a member in with a Base64 or plain password and answers Dify's web-app login token", async () => {
    const member = await seedMember(app, owner.workspaceId, 'normal');
    for (const password of [b64(TEST_PASSWORD), TEST_PASSWORD]) {
      const res = await post('/login', { email: member.email.toUpperCase(), password });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ result: 'success', data: { access_token: expect.stringMatching(/^ey/) } });
      expect(res.headers.getSetCookie()).toEqual([]);
      const claims = decode(res.body.data.access_token);
      expect(claims).toMatchObject({
        sub: 'Web API Passport',
        user_id: member.accountId,
        session_id: member.email,
        token_source: 'webapp_login_token',
        auth_type: 'internal',
      });
      const lifetime = (claims.exp as number) - Math.floor(app.deps.now().getTime() / 1000);
      expect(lifetime).toBeGreaterThan(24 * 3600 - 60);
      expect(lifetime).toBeLessThanOrEqual(24 * 3600);
    }
  });

  it('refuses a wrong password or an unknown address alike, a banned account, and malformed input', async () => {
    const member = await seedMember(app, owner.workspaceId, 'normal');
    for (const email of [member.email, 'nobody@example.com']) {
      const res = await post('/login', { email, password: 'Wrong-pass1' });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'authentication_failed', message: 'Invalid email or password.', status: 401 });
    }
    const banned = await createAccount(app);
    await app.deps.db.update(accounts).set({ status: 'banned' }).where(eq(accounts.id, banned.id));
    const refused = await post('/login', { email: banned.email, password: TEST_PASSWORD });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('account_banned');
    const malformed = await post('/login', { email: 'not-an-email', password: TEST_PASSWORD });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'invalid_param', params: 'email' });
  });

  it('shares the console lockout: a parallel burst of wrong passwords is checked six times at most, across both doors', async () => {
    const member = await seedMember(app, owner.workspaceId, 'normal');
    const console = await app.request('POST', '/console/api/login', { json: { email: member.email, password: 'Wrong-pass1' } });
    expect(console.status).toBe(401);
    const burst = await Promise.all(Array.from({ length: 30 }, () => post('/login', { email: member.email, password: 'Wrong-pass1' })));
    expect(tally(burst)).toEqual({ '401 authentication_failed': 5, '429 email_code_login_limit': 25 });
    const right = await post('/login', { email: member.email, password: TEST_PASSWORD });
    expect(right.status).toBe(429);
  });

  it('signs a member in with a mailed code, and refuses unknown addresses without creating an account', async () => {
    const member = await seedMember(app, owner.workspaceId, 'normal');
    const sent = await post('/email-code-login', { email: member.email, language: 'zh-Hans' });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ result: 'success', data: expect.stringMatching(UUID_RE) });
    const code = await latestMailedCode(app, member.email);

    const wrong = await post('/email-code-login/validity', { email: member.email, code: code === '000000' ? '111111' : '000000', token: sent.body.data });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('email_code_error');
    const res = await post('/email-code-login/validity', { email: member.email, code: b64(code), token: sent.body.data });
    expect(res.status).toBe(200);
    expect(decode(res.body.data.access_token)).toMatchObject({ user_id: member.accountId, token_source: 'webapp_login_token' });
    const reused = await post('/email-code-login/validity', { email: member.email, code, token: sent.body.data });
    expect(reused.status).toBe(400);
    expect(reused.body.code).toBe('invalid_or_expired_token');

    const before = await accountCount();
    const unknown = await post('/email-code-login', { email: 'stranger@example.com' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe('authentication_failed');
    // A code the console sent to a new address (registration is open there) does not register here.
    const consoleSent = await app.request('POST', '/console/api/email-code-login', { json: { email: 'newcomer@example.com' } });
    expect(consoleSent.status).toBe(200);
    const consoleCode = await latestMailedCode(app, 'newcomer@example.com');
    const registered = await post('/email-code-login/validity', { email: 'newcomer@example.com', code: consoleCode, token: consoleSent.body.data });
    expect(registered.status).toBe(401);
    expect(registered.body.code).toBe('authentication_failed');
    expect(await accountCount()).toBe(before);
  });

  it('resets a password through the forgot-password steps, after which the new password signs in', async () => {
    const member = await seedMember(app, owner.workspaceId, 'normal');
    const sent = await post('/forgot-password', { email: member.email });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ result: 'success', data: expect.stringMatching(UUID_RE) });
    const code = await latestMailedCode(app, member.email);
    const checked = await post('/forgot-password/validity', { email: member.email, code, token: sent.body.data });
    expect(checked.status).toBe(200);
    expect(checked.body).toEqual({ is_valid: true, email: member.email, token: expect.stringMatching(UUID_RE) });

    const mismatch = await post('/forgot-password/resets', { token: checked.body.token, new_password: NEW_PASSWORD, password_confirm: 'Other-passw0rd' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.code).toBe('password_mismatch');
    const reset = await post('/forgot-password/resets', { token: checked.body.token, new_password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({ result: 'success' });
    expect((await post('/login', { email: member.email, password: NEW_PASSWORD })).status).toBe(200);
    expect((await post('/login', { email: member.email, password: TEST_PASSWORD })).status).toBe(401);
    const spent = await post('/forgot-password/resets', { token: checked.body.token, new_password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
    expect(spent.status).toBe(400);
    expect(spent.body.code).toBe('invalid_or_expired_token');
  });

  it('reports sign-in and passport status for an app', async () => {
    const member = await seedMember(app, owner.workspaceId, 'normal');
    const created = await createAppAs(app, owner);
    const ref = { appId: created.id, workspaceId: owner.workspaceId };
    const code = await siteCodeOf(app, created.id);
    const status = (query: Record<string, string>, headers: Record<string, string> = {}) =>
      app.request('GET', '/api/login/status', { query, headers });

    const visitor = await passportFor(app, code, { userId: 'visitor-1' });
    expect((await status({ app_code: code })).body).toEqual({ logged_in: true, app_logged_in: false });
    expect((await status({ app_code: code, user_id: 'visitor-1' }, { 'X-App-Passport': visitor })).body).toEqual({ logged_in: true, app_logged_in: true });
    expect((await status({ app_code: code, user_id: 'visitor-2' }, { 'X-App-Passport': visitor })).body).toEqual({ logged_in: true, app_logged_in: false });

    await setWebAppAccess(app, ref, 'private_all');
    const login = await webAppLogin(app, member.email);
    expect((await status({ app_code: code })).body).toEqual({ logged_in: false, app_logged_in: false });
    expect((await status({ app_code: code }, { Authorization: `Bearer ${owner.token}` })).body).toEqual({ logged_in: false, app_logged_in: false });
    expect((await status({ app_code: code }, { Authorization: `Bearer ${login}` })).body).toEqual({ logged_in: true, app_logged_in: false });
    const passport = await passportFor(app, code, { loginToken: login });
    const both = await status({ app_code: code, user_id: 'anything' }, { Authorization: `Bearer ${login}`, 'X-App-Passport': passport });
    expect(both.body).toEqual({ logged_in: true, app_logged_in: true });
    expect((await status({}, { Authorization: `Bearer ${login}` })).body).toEqual({ logged_in: true, app_logged_in: false });

    // Another workspace's passport says nothing about this app.
    const outsider = await seedWorkspace(app, 'outsider');
    const theirs = await createAppAs(app, outsider);
    const theirPassport = await passportFor(app, await siteCodeOf(app, theirs.id));
    expect((await status({ app_code: code }, { 'X-App-Passport': theirPassport })).body).toEqual({ logged_in: false, app_logged_in: false });
  });

  it('signs out with success and sets no cookie', async () => {
    const res = await app.request('POST', '/api/logout', { json: {} });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: 'success' });
    expect(res.headers.getSetCookie()).toEqual([]);
  });
});

describe('web-app sign-in before setup', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app?.close());

  it('answers not_setup, as the console does', async () => {
    for (const [path, json] of [
      ['/api/login', { email: 'a@example.com', password: 'x' }],
      ['/api/email-code-login', { email: 'a@example.com' }],
      ['/api/forgot-password', { email: 'a@example.com' }],
    ] as const) {
      const res = await app.request('POST', path, { json });
      expect(res.status, path).toBe(401);
      expect(res.body.code).toBe('not_setup');
    }
    expect((await app.deps.db.select({ n: count() }).from(workspaces))[0]!.n).toBe(0);
  });
});
