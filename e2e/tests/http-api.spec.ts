import { expect, test } from '@playwright/test';

// A Dify client's view of the built server: real HTTP through the Next.js mounts, no browser.
test.describe.configure({ mode: 'serial' });

const owner = { email: 'api-owner@example.com', name: 'Api Owner', password: 'Passw0rd1' };
let token = '';
let appId = '';
let apiKey = '';

test('setup, then login with a Base64 password returns tokens and three cookies', async ({ request }) => {
  expect((await (await request.get('/console/api/setup')).json()).step).toBe('not_started');
  const setup = await request.post('/console/api/setup', { data: owner });
  expect(setup.status()).toBe(201);
  const login = await request.post('/console/api/login', {
    data: { email: owner.email, password: Buffer.from(owner.password).toString('base64') },
  });
  expect(login.status()).toBe(200);
  const body = await login.json();
  expect(body.result).toBe('success');
  token = body.data.access_token;
  const cookies = login.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
  expect(cookies.map((c) => c.split('=')[0]).sort()).toEqual(['access_token', 'csrf_token', 'refresh_token']);
});

test('apps: create (201), list, API key, /v1/info, delete (204), and the key stops working', async ({ request }) => {
  const auth = { Authorization: `Bearer ${token}` };
  const created = await request.post('/console/api/apps', { headers: auth, data: { name: 'Support bot', mode: 'chat' } });
  expect(created.status()).toBe(201);
  appId = (await created.json()).id;
  const list = await (await request.get('/console/api/apps?page=1&limit=20&mode=all', { headers: auth })).json();
  expect(list).toMatchObject({ page: 1, limit: 20, total: 1, has_more: false });
  expect(list.data[0].name).toBe('Support bot');
  const key = await request.post(`/console/api/apps/${appId}/api-keys`, { headers: auth });
  expect(key.status()).toBe(201);
  apiKey = (await key.json()).token;
  expect(apiKey).toMatch(/^app-[A-Za-z0-9]{24}$/);
  const info = await request.get('/v1/info', { headers: { Authorization: `Bearer ${apiKey}` } });
  expect(info.status()).toBe(200);
  expect((await info.json()).name).toBe('Support bot');
  const removed = await request.delete(`/console/api/apps/${appId}`, { headers: auth });
  expect(removed.status()).toBe(204);
  const after = await request.get('/v1/info', { headers: { Authorization: `Bearer ${apiKey}` } });
  expect(after.status()).toBe(401);
  expect(after.headers()['www-authenticate']).toBe('Bearer realm="api"');
});

test('a cookie session needs the CSRF header', async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL });
  const login = await context.post('/console/api/login', { data: { email: owner.email, password: owner.password } });
  const csrf = (await login.json()).data.csrf_token as string;
  expect((await context.get('/console/api/workspaces')).status()).toBe(401);
  const ok = await context.get('/console/api/workspaces', { headers: { 'X-CSRF-Token': csrf } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).workspaces).toHaveLength(1);
  await context.dispose();
});

test('multipart upload and the signed preview URL return the same bytes', async ({ request }) => {
  const upload = await request.post('/console/api/files/upload', {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { file: { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello tessera') } },
  });
  expect(upload.status()).toBe(201);
  const file = await upload.json();
  expect(file).toMatchObject({ name: 'notes.txt', extension: 'txt', size: 13 });
  const download = await request.get(new URL(file.source_url).pathname + new URL(file.source_url).search);
  expect(download.status()).toBe(200);
  expect(await download.text()).toBe('hello tessera');
  const preview = await request.get(`/console/api/files/${file.id}/preview`, { headers: { Authorization: `Bearer ${token}` } });
  expect((await preview.json()).content).toBe('hello tessera');
});

test('errors use Dify envelopes; CORS preflight on /v1; documents and health are served', async ({ request }) => {
  const malformed = await request.post('/console/api/login', { headers: { 'content-type': 'application/json' }, data: '{"email":' });
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toEqual({
    code: 'invalid_param',
    message: 'Invalid JSON payload received or JSON payload is empty.',
    status: 400,
  });
  const missing = await request.get('/console/api/no-such-route');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).code).toBe('not_found');
  const preflight = await request.fetch('/v1/info', {
    method: 'OPTIONS',
    headers: { Origin: 'https://client.example', 'Access-Control-Request-Method': 'GET' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-origin']).toBe('https://client.example');
  const merged = await (await request.get('/openapi.json')).json();
  for (const path of ['/console/api/login', '/console/api/apps', '/console/api/files/upload', '/v1/info', '/files/{file_id}/file-preview']) {
    expect(Object.keys(merged.paths), path).toContain(path);
  }
  const health = await request.get('/health');
  expect(health.status()).toBe(200);
  expect((await health.json()).migrations.current).toBe(true);
});

test('typed RPC answers at /api/trpc and refuses anonymous callers for protected procedures', async ({ request }) => {
  const status = await request.get('/api/trpc/setup.status');
  expect(status.status()).toBe(200);
  expect((await status.json()).result.data.step).toBe('finished');
  const apps = await request.get(`/api/trpc/apps.list?input=${encodeURIComponent(JSON.stringify({}))}`);
  expect(apps.status()).toBe(401);
});

test('console pages carry a nonce CSP that stops injected scripts while Next’s own run, and refuse framing', async ({ page, request }) => {
  const res = await request.get('/signin', { maxRedirects: 0 });
  const headers = res.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp.split(';').find((directive) => directive.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');

  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/signin');
  // Next's scripts carry the nonce, so the page hydrates and its client code runs.
  await page.waitForFunction(() => Boolean((window as unknown as { next?: unknown }).next));
  expect(violations).toEqual([]);
  // Injected markup (what a stored XSS writes into a page) cannot run: its inline handler has no nonce.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/nowhere.png" onerror="window.__injected = true">'));
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});
