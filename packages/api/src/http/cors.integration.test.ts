import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing';

const CONFIGURED = 'https://chat.example.com';

describe('CORS on the surfaces browsers call from other origins', () => {
  let app: TestApp;
  const saved = process.env.WEB_API_CORS_ALLOW_ORIGINS;
  beforeAll(async () => {
    process.env.WEB_API_CORS_ALLOW_ORIGINS = `${CONFIGURED}/, *, https://second.example`;
    app = await createTestApp();
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.WEB_API_CORS_ALLOW_ORIGINS;
    else process.env.WEB_API_CORS_ALLOW_ORIGINS = saved;
    await app?.close();
  });

  const preflight = (path: string, origin: string) =>
    app.request('OPTIONS', path, {
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-app-code, x-app-passport, authorization',
      },
    });

  it('lets any origin call without credentials: a credentialed call from an unconfigured origin gets no Allow-Credentials', async () => {
    for (const path of ['/api/passport', '/v1/info', '/files/upload', '/mcp/server/x/mcp']) {
      const res = await preflight(path, 'https://evil.example');
      expect(res.status, path).toBe(204);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('https://evil.example');
      expect(res.headers.get('access-control-allow-credentials'), path).toBeNull();
      expect(res.headers.get('vary'), path).toBe('Origin');
    }
    const call = await app.request('GET', '/api/system-features', { headers: { origin: 'https://evil.example', cookie: 'access_token=x' } });
    expect(call.status).toBe(200);
    expect(call.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    expect(call.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives credentials to the configured origins only, and a "*" in the list grants none', async () => {
    for (const origin of [CONFIGURED, 'https://second.example']) {
      const res = await preflight('/api/passport', origin);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    }
    const call = await app.request('GET', '/api/system-features', { headers: { origin: CONFIGURED } });
    expect(call.headers.get('access-control-allow-credentials')).toBe('true');
    const lookalike = await preflight('/api/passport', 'https://chat.example.com.evil.example');
    expect(lookalike.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it("keeps the headers Dify's clients send in preflights, and leaves the console without CORS", async () => {
    const res = await preflight('/api/site', CONFIGURED);
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type, x-app-code, x-app-passport, authorization');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    const bare = await app.request('OPTIONS', '/v1/info', { headers: { origin: CONFIGURED, 'access-control-request-method': 'GET' } });
    expect(bare.headers.get('access-control-allow-headers')).toContain('X-App-Passport');
    const console = await preflight('/console/api/login', CONFIGURED);
    expect(console.headers.get('access-control-allow-origin')).toBeNull();
  });
});
