import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '../http/client-address';
import { createTestApp, type ListeningApp, seedOwner, type SeededUser, TEST_PASSWORD, type TestApp } from '../testing';

interface RawAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A request over a real socket, with headers fetch would refuse to send (Host). */
function raw(base: string, method: string, path: string, headers: Record<string, string>, json?: unknown): Promise<RawAnswer> {
  const url = new URL(path, base);
  const payload = json === undefined ? undefined : JSON.stringify(json);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const wrongLogin = (base: string, n: number, forwardedFor: string) =>
  raw(base, 'POST', '/console/api/login', { 'x-forwarded-for': forwardedFor }, { email: `nobody-${n}@example.com`, password: 'wrong-password-1' });

describe('the Node listener with no trusted proxy', () => {
  let app: TestApp;
  let server: ListeningApp;
  let owner: SeededUser;

  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
    server = await app.listen();
  });
  afterAll(async () => app?.close());

  it('counts failures against the socket address, so a new forged X-Forwarded-For buys nothing', async () => {
    let refusedAt = 0;
    for (let n = 1; n <= 70 && !refusedAt; n++) {
      const answer = await wrongLogin(server.url, n, `198.51.100.${n}`);
      if (answer.status === 429) refusedAt = n;
      else expect(answer.body.code).toBe('authentication_failed');
    }
    expect(refusedAt, 'the per-address limit never refused').toBeGreaterThan(0);
    const fresh = await wrongLogin(server.url, 999, '203.0.113.250');
    expect(fresh.status).toBe(429);
    expect(fresh.body.code).toBe('too_many_requests');
  });

  it('builds links from the Host the client used, ignoring forwarded host and scheme', async () => {
    const created = await app.request('POST', '/console/api/apps', { headers: owner.headers, json: { name: 'Links', mode: 'chat' } });
    const answer = await raw(server.url, 'GET', `/console/api/apps/${created.body.id}`, {
      ...owner.headers,
      host: 'tessera.example:8080',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.api_base_url).toBe('http://tessera.example:8080/v1');
  });
});

describe('the Node listener behind a trusted proxy', () => {
  let app: TestApp;
  let server: ListeningApp;
  let owner: SeededUser;

  beforeAll(async () => {
    app = await createTestApp({ trustedProxies: parseTrustedProxies('127.0.0.1/32') });
    owner = await seedOwner(app);
    server = await app.listen();
  });
  afterAll(async () => app?.close());

  it('takes the client address the proxy forwarded, not the one the client wrote before it', async () => {
    const login = await raw(server.url, 'POST', '/console/api/login', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }, { email: owner.email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const profile = await raw(server.url, 'GET', '/console/api/account/profile', { authorization: `Bearer ${login.body.data.access_token}` });
    expect(profile.body.last_login_ip).toBe('203.0.113.7');
  });

  it('builds links from the forwarded scheme and host', async () => {
    const created = await app.request('POST', '/console/api/apps', { headers: owner.headers, json: { name: 'Proxied', mode: 'chat' } });
    const answer = await raw(server.url, 'GET', `/console/api/apps/${created.body.id}`, {
      ...owner.headers,
      'x-forwarded-host': 'console.example',
      'x-forwarded-proto': 'https',
    });
    expect(answer.body.api_base_url).toBe('https://console.example/v1');
  });
});

describe('configured public URLs', () => {
  let app: TestApp;
  let server: ListeningApp;
  let owner: SeededUser;

  beforeAll(async () => {
    app = await createTestApp({ publicUrls: { consoleApi: 'https://api.example.com/', appApi: 'https://apps.example.com' } });
    owner = await seedOwner(app);
    server = await app.listen();
  });
  afterAll(async () => app?.close());

  it('win over the request', async () => {
    const created = await app.request('POST', '/console/api/apps', { headers: owner.headers, json: { name: 'Configured', mode: 'chat' } });
    const answer = await raw(server.url, 'GET', `/console/api/apps/${created.body.id}`, { ...owner.headers, host: 'other.example' });
    expect(answer.body.api_base_url).toBe('https://apps.example.com/v1');
    // CONSOLE_WEB_URL is unset, so it follows CONSOLE_API_URL (Dify's rule), not the request.
    expect(answer.body.site.app_base_url).toBe('https://api.example.com');
  });
});
