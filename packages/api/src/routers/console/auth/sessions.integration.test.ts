import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accounts, sessions } from '@tessera/db';
import { signJwt } from '../../../auth/tokens';
import { TEST_PASSWORD } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

interface SignIn {
  access: string;
  refresh: string;
  csrf: string;
}

describe('console sessions: logout and refresh end or keep exactly one sign-in', () => {
  const fx = useIntegrationFixture();

  async function signIn(): Promise<SignIn> {
    const res = await fx.app.request('POST', '/console/api/login', { json: { email: fx.owner.email, password: TEST_PASSWORD } });
    expect(res.status).toBe(200);
    return { access: res.body.data.access_token, refresh: res.body.data.refresh_token, csrf: res.body.data.csrf_token };
  }
  const withBearer = (s: SignIn) => fx.app.request('GET', '/console/api/account/profile', { token: s.access });
  const withCookies = (s: SignIn, csrf = s.csrf) =>
    fx.app.request('GET', '/console/api/account/profile', {
      headers: { cookie: `access_token=${s.access}; csrf_token=${csrf}`, 'x-csrf-token': csrf },
    });
  const refresh = (refreshToken: string) =>
    fx.app.request('POST', '/console/api/refresh-token', { headers: { cookie: `refresh_token=${refreshToken}` } });

  it('POST /logout ends that sign-in at once: its access token (Bearer and cookie), CSRF token and refresh token', async () => {
    const ended = await signIn();
    const other = await signIn();
    expect((await withBearer(ended)).status).toBe(200);
    expect((await withCookies(ended)).status).toBe(200);

    const logout = await fx.app.request('POST', '/console/api/logout', { token: ended.access, json: { refresh_token: ended.refresh } });
    expect(logout.status).toBe(200);
    expect(logout.body).toEqual({ result: 'success' });

    const bearer = await withBearer(ended);
    expect(bearer.status).toBe(401);
    expect(bearer.body).toEqual({ code: 'unauthorized_and_force_logout', message: 'Your session has ended. Please sign in again.', status: 401 });
    expect((await withCookies(ended)).status).toBe(401);
    const refused = await refresh(ended.refresh);
    expect(refused.status).toBe(401);
    expect(refused.body.result).toBe('fail');

    // The account's other sign-in is untouched.
    expect((await withBearer(other)).status).toBe(200);
    expect((await withCookies(other)).status).toBe(200);
    expect((await refresh(other.refresh)).status).toBe(200);
  });

  it('GET /logout with cookies ends the sign-in the cookies belong to, not the others', async () => {
    const ended = await signIn();
    const other = await signIn();
    const logout = await fx.app.request('GET', '/console/api/logout', {
      headers: { cookie: `access_token=${ended.access}; csrf_token=${ended.csrf}; refresh_token=${ended.refresh}`, 'x-csrf-token': ended.csrf },
    });
    expect(logout.status).toBe(200);
    expect(logout.headers.getSetCookie().filter((c) => c.includes('Max-Age=0')).map((c) => c.split('=')[0]).sort()).toEqual([
      'access_token',
      'csrf_token',
      'refresh_token',
    ]);
    expect((await withBearer(ended)).status).toBe(401);
    expect((await refresh(ended.refresh)).status).toBe(401);
    expect((await withBearer(other)).status).toBe(200);
  });

  it('refresh keeps the session: the new tokens work, and logging out with them ends the earlier access token too', async () => {
    const first = await signIn();
    const rotated = await refresh(first.refresh);
    expect(rotated.status).toBe(200);
    const second: SignIn = { access: rotated.body.data.access_token, refresh: rotated.body.data.refresh_token, csrf: rotated.body.data.csrf_token };
    expect(rotated.cookies).toMatchObject({ access_token: second.access, refresh_token: second.refresh, csrf_token: second.csrf });
    expect((await withCookies(second)).status).toBe(200);
    expect((await withBearer(first)).status).toBe(200);

    await fx.app.request('POST', '/console/api/logout', { token: second.access });
    expect((await withBearer(second)).status).toBe(401);
    expect((await withBearer(first)).status).toBe(401);
    expect((await refresh(second.refresh)).status).toBe(401);
  });

  it("refuses a CSRF token from another of the account's sign-ins", async () => {
    const one = await signIn();
    const two = await signIn();
    const mixed = await withCookies(one, two.csrf);
    expect(mixed.status).toBe(401);
    expect(mixed.body.message).toBe('CSRF token is missing or invalid.');
  });

  it('refuses access tokens that name no session (issued before sessions existed) as invalid, so clients refresh', async () => {
    const expires = new Date(Date.now() + 60_000);
    const claims = { user_id: fx.owner.accountId, iss: 'SELF_HOSTED', sub: 'Console API Passport' };
    const unnamed = await signJwt(fx.app.deps.config.secretKey, claims, expires);
    const unknown = await signJwt(fx.app.deps.config.secretKey, { ...claims, sid: '00000000-0000-4000-8000-000000000000' }, expires);
    const res = await fx.app.request('GET', '/console/api/account/profile', { token: unnamed });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ code: 'unauthorized', message: 'Invalid token.', status: 401 });
    expect((await fx.app.request('GET', '/console/api/account/profile', { token: unknown })).body.code).toBe('unauthorized_and_force_logout');
  });

  it("refuses one account's session id under another account's id", async () => {
    const mine = await signIn();
    const [row] = await fx.app.deps.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.accountId, fx.owner.accountId)).limit(1);
    const [stranger] = await fx.app.deps.db.insert(accounts).values({ email: 'stranger@example.com', name: 'S', status: 'active' }).returning();
    const forged = await signJwt(
      fx.app.deps.config.secretKey,
      { user_id: stranger!.id, sid: row!.id, iss: 'SELF_HOSTED', sub: 'Console API Passport' },
      new Date(Date.now() + 60_000),
    );
    expect((await fx.app.request('GET', '/console/api/account/profile', { token: forged })).status).toBe(401);
    expect((await withBearer(mine)).status).toBe(200);
  });

  it('a session lasts the refresh lifetime after its last refresh, and not after that', async () => {
    const days = (n: number) => n * 86_400_000;
    const lifetime = fx.app.deps.config.refreshTokenDays;
    const s = await signIn();
    fx.app.advanceClock(days(lifetime - 1));
    const kept = await refresh(s.refresh);
    expect(kept.status).toBe(200);
    fx.app.advanceClock(days(lifetime - 1));
    const keptAgain = await refresh(kept.body.data.refresh_token);
    expect(keptAgain.status).toBe(200);
    fx.app.advanceClock(days(lifetime + 1));
    expect((await refresh(keptAgain.body.data.refresh_token)).status).toBe(401);
  });
});
