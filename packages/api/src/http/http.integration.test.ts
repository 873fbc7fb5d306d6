import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOwner, type SeededUser, type TestApp } from '../testing';

describe('HTTP mounts', () => {
  let app: TestApp;
  let owner: SeededUser;
  beforeAll(async () => {
    app = await createTestApp({ maxJsonBodyBytes: 4096 });
    owner = await seedOwner(app);
  });
  afterAll(async () => app?.close());

  it('reports health: database reachable, migrations current, version', async () => {
    const res = await app.request('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', version: app.deps.config.version, database: { status: 'ok' } });
    expect(res.body.migrations.current).toBe(true);
    expect(res.body.migrations.applied).toBe(res.body.migrations.expected);
  });

  it('publishes an OpenAPI 3.1 document per surface and a merged one', async () => {
    for (const prefix of ['/console/api', '/api', '/v1', '/inner/api', '/files', '/mcp']) {
      const res = await app.request('GET', `${prefix}/openapi.json`);
      expect(res.status, prefix).toBe(200);
      expect(res.body.openapi).toBe('3.1.0');
      expect(res.body.servers[0].url).toBe(`http://localhost:3000${prefix}`);
    }
    const merged = await app.request('GET', '/openapi.json');
    expect(merged.status).toBe(200);
    expect(merged.body.paths['/console/api/login'].post).toBeDefined();
    expect(merged.body.paths['/console/api/setup'].get).toBeDefined();
    expect(merged.body.components.schemas.Error.required).toEqual(['code', 'message', 'status']);
  });

  it('answers CORS preflights on /v1 and /api but not on the console', async () => {
    for (const path of ['/v1/info', '/api/site']) {
      const res = await app.request('OPTIONS', path, {
        headers: { origin: 'https://client.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
      expect(res.status, path).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('https://client.example');
      expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    }
    const consolePreflight = await app.request('OPTIONS', '/console/api/login', { headers: { origin: 'https://evil.example' } });
    expect(consolePreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses oversized JSON bodies with 413 before parsing them', async () => {
    const res = await app.request('POST', '/console/api/login', { json: { email: 'a@b.co', password: 'x'.repeat(10_000) } });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'request_entity_too_large', status: 413 });
  });

  it('reads bodies off a real socket whether or not their length is declared, within the same limit', async () => {
    const live = await app.listen();
    try {
      const send = (body: string, chunked: boolean) => {
        const bytes = new TextEncoder().encode(body);
        return fetch(`${live.url}/console/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: chunked ? new ReadableStream({ start: (c) => (c.enqueue(bytes), c.close()) }) : body,
          ...(chunked ? { duplex: 'half' } : {}),
        } as RequestInit);
      };
      const small = JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password' });
      const big = JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(10_000) });
      for (const chunked of [false, true]) {
        const read = await send(small, chunked);
        expect(read.status).not.toBe(413);
        expect(((await read.json()) as { code: string }).code).not.toBe('invalid_param');
        const refused = await send(big, chunked);
        expect(refused.status).toBe(413);
        expect(await refused.json()).toMatchObject({ code: 'request_entity_too_large', status: 413 });
      }
    } finally {
      await live.close();
    }
  });

  it('refuses non-JSON content types and JSON that is not an object', async () => {
    const text = await app.request('POST', '/console/api/login', { body: 'email=a', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('unsupported_media_type');
    const array = await app.request('POST', '/console/api/login', { body: '[1]', headers: { 'content-type': 'application/json' } });
    expect(array.status).toBe(400);
    expect(array.body.message).toBe('Invalid JSON payload received or JSON payload is empty.');
  });

  it('serves the old GET /logout', async () => {
    const res = await app.request('GET', '/console/api/logout', { token: owner.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ result: 'success' });
  });

  it('answers paths outside every surface with a 404 envelope', async () => {
    const res = await app.request('GET', '/nowhere');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'not_found', status: 404 });
  });
});

describe('internal failures', () => {
  it('answer 500 unknown without internals, and health reports the database down', async () => {
    const app = await createTestApp();
    await seedOwner(app);
    await app.closeDatabase();
    const res = await app.request('POST', '/console/api/login', { json: { email: 'a@b.co', password: 'Passw0rd1' } });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ code: 'unknown', message: 'Internal Server Error', status: 500 });
    const health = await app.request('GET', '/health');
    expect(health.status).toBe(503);
    expect(health.body.database.status).toBe('unreachable');
    await app.close();
  });
});

describe('malformed paths', () => {
  it('answer 400 invalid_param, not 500, when a path segment is not valid percent-encoding', async () => {
    const app = await createTestApp();
    const res = await app.request('GET', '/files/%E0/file-preview?timestamp=1&nonce=a&sign=b');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_param');
    await app.close();
  });
});
