import { describe, expect, it } from 'vitest';
import { signJwt } from '../../../auth/tokens';
import { TEST_PASSWORD } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('console login, sessions and tokens', () => {
  const fx = useIntegrationFixture();

  it('accepts the password plain and Base64-encoded, returning tokens in the body and as HttpOnly cookies', async () => {
    for (const password of [TEST_PASSWORD, b64(TEST_PASSWORD)]) {
      const res = await fx.app.request('POST', '/console/api/login', { json: { email: fx.owner.email.toUpperCase(), password } });
      expect(res.status).toBe(200);
      expect(res.body.result).toBe('success');
      expect(res.body.data.access_token).toMatch(/^ey/);
      expect(res.body.data.refresh_token).toMatch(/^[0-9a-f]{128}$/);
      const setCookies = res.headers.getSetCookie();
      expect(setCookies.find((c) => c.startsWith('access_token='))).toContain('HttpOnly');
      expect(setCookies.find((c) => c.startsWith('refresh_token='))).toContain('HttpOnly');
      expect(setCookies.find((c) => c.startsWith('csrf_token='))).not.toContain('HttpOnly');
    }
  });

  it('fails unknown emails and wrong passwords alike with 401 authentication_failed', async () => {
    const wrong = await fx.app.request('POST', '/console/api/login', { json: { email: fx.owner.email, password: 'nope-nope1' } });
    const unknown = await fx.app.request('POST', '/console/api/login', { json: { email: 'ghost@example.com', password: 'nope-nope1' } });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'authentication_failed', message: 'Invalid email or password.', status: 401 });
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"');
    }
  });

  it('locks an email after more than five failures: the seventh attempt is refused even with the right password', async () => {
    const email = 'locked@example.com';
    for (let i = 0; i < 6; i++) {
      const res = await fx.app.request('POST', '/console/api/login', { json: { email, password: 'wrong-pass1' } });
      expect(res.status).toBe(401);
    }
    const seventh = await fx.app.request('POST', '/console/api/login', { json: { email, password: 'wrong-pass1' } });
    expect(seventh.status).toBe(429);
    expect(seventh.body.code).toBe('email_code_login_limit');
  });

  it('serves protected routes to a Bearer token, and to cookies only with the CSRF header', async () => {
    const login = await fx.app.request('POST', '/console/api/login', { json: { email: fx.owner.email, password: TEST_PASSWORD } });
    const cookieHeader = `access_token=${login.cookies.access_token}; csrf_token=${login.cookies.csrf_token}`;
    const noCsrf = await fx.app.request('POST', '/console/api/logout', { headers: { cookie: cookieHeader } });
    expect(noCsrf.status).toBe(401);
    expect(noCsrf.body.message).toBe('CSRF token is missing or invalid.');
    const withCsrf = await fx.app.request('POST', '/console/api/logout', {
      headers: { cookie: `${cookieHeader}; refresh_token=${login.cookies.refresh_token}`, 'x-csrf-token': login.cookies.csrf_token! },
    });
    expect(withCsrf.status).toBe(200);
    expect(withCsrf.body).toEqual({ result: 'success' });
    expect(withCsrf.headers.getSetCookie().some((c) => c.startsWith('access_token=;') && c.includes('Max-Age=0'))).toBe(true);
    // The refresh token logged out above no longer works.
    const refresh = await fx.app.request('POST', '/console/api/refresh-token', { json: { refresh_token: login.body.data.refresh_token } });
    expect(refresh.status).toBe(401);
  });

  it('rejects tampered, expired and foreign tokens with 401 and WWW-Authenticate', async () => {
    const tampered = `${fx.owner.token.slice(0, -3)}abc`;
    const expired = await signJwt(fx.app.deps.config.secretKey, { user_id: fx.owner.accountId, sub: 'Console API Passport' }, new Date(Date.now() - 1000));
    const foreign = await signJwt('another-secret', { user_id: fx.owner.accountId, sub: 'Console API Passport' }, new Date(Date.now() + 60_000));
    const cases: Array<[string, string]> = [
      [tampered, 'Invalid token signature.'],
      [expired, 'Token has expired.'],
      [foreign, 'Invalid token signature.'],
      ['not-a-jwt', 'Invalid token.'],
    ];
    for (const [token, message] of cases) {
      const res = await fx.app.request('POST', '/console/api/logout', { token });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'unauthorized', message, status: 401 });
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"');
    }
    const none = await fx.app.request('POST', '/console/api/logout');
    expect(none.status).toBe(401);
  });

  it('rotates the session on refresh: the old refresh token works once', async () => {
    const login = await fx.app.request('POST', '/console/api/login', { json: { email: fx.owner.email, password: TEST_PASSWORD } });
    const refreshToken = login.body.data.refresh_token as string;
    const first = await fx.app.request('POST', '/console/api/refresh-token', { headers: { cookie: `refresh_token=${refreshToken}` } });
    expect(first.status).toBe(200);
    expect(first.body.data.refresh_token).not.toBe(refreshToken);
    expect(first.cookies.access_token).toBeTruthy();
    const second = await fx.app.request('POST', '/console/api/refresh-token', { headers: { cookie: `refresh_token=${refreshToken}` } });
    expect(second.status).toBe(401);
    expect(second.body.result).toBe('fail');
  });
});
