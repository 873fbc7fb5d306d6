import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedOwner, type SeededUser, type TestApp } from '../testing';

/**
 * Input no endpoint should turn into a 5xx: broken percent-escapes in paths and NUL characters in
 * any string a client sends. Every operation of every published OpenAPI document is tried, with
 * the credentials of each surface, so an endpoint added later is covered without being listed.
 */

const INNER_KEY = 'bad-input-inner-key';
const NUL = 'a\u0000b';

interface Operation {
  method: string;
  path: string;
  query: string[];
  bodyFields: string[];
}

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; $ref?: string; anyOf?: Schema[]; oneOf?: Schema[] };

function resolve(schema: Schema | undefined, components: Record<string, Schema>): Schema | undefined {
  if (schema?.$ref) return components[schema.$ref.split('/').pop() ?? ''];
  return schema;
}

function operations(document: { paths: Record<string, Record<string, Record<string, unknown>>>; components?: { schemas?: Record<string, Schema> } }): Operation[] {
  const components = document.components?.schemas ?? {};
  const found: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const parameters = (operation.parameters ?? []) as Array<{ in: string; name: string }>;
      const content = (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content;
      const schema = resolve(content?.['application/json']?.schema, components);
      found.push({
        method: method.toUpperCase(),
        path,
        query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: Object.keys(schema?.properties ?? {}),
      });
    }
  }
  return found;
}

const concrete = (path: string, value: string) => path.replace(/\{[^}]+\}/g, value);

describe('bad input on every documented operation', () => {
  let app: TestApp;
  let owner: SeededUser;
  let headers: Record<string, string>;
  let ops: Operation[];
  let appKey: string;

  beforeAll(async () => {
    app = await createTestApp({ innerApiKey: INNER_KEY, innerApiKeyForPlugin: INNER_KEY });
    owner = await seedOwner(app);
    const created = await app.request('POST', '/console/api/apps', { headers: owner.headers, json: { name: 'Fuzz', mode: 'chat' } });
    const key = await app.request('POST', `/console/api/apps/${created.body.id}/api-keys`, { headers: owner.headers });
    headers = { ...owner.headers, 'X-Inner-Api-Key': INNER_KEY };
    appKey = key.body.token;
    ops = operations((await app.request('GET', '/openapi.json')).body);
  });
  afterAll(async () => app?.close());

  // Service API operations authenticate with the app key instead of the console token.
  const credentialsFor = (path: string) => (path.startsWith('/v1') ? { ...headers, Authorization: `Bearer ${appKey}` } : headers);

  it('has operations to try', () => {
    expect(ops.length).toBeGreaterThan(100);
  });

  it('answers a broken percent-escape in any path with 400 invalid_param, signed in or not', async () => {
    const wrong: string[] = [];
    for (const op of ops) {
      const path = op.path.includes('{') ? concrete(op.path, '%ZZ') : `${op.path}/%E0%A4%A`;
      for (const auth of [{}, credentialsFor(op.path)]) {
        const res = await app.request(op.method, path, { headers: auth });
        if (res.status !== 400 || res.body?.code !== 'invalid_param') wrong.push(`${op.method} ${path} → ${res.status} ${res.text.slice(0, 80)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses NUL characters in every string field and query parameter without a 5xx', async () => {
    const wrong: string[] = [];
    let refused = 0;
    for (const op of ops) {
      if (op.bodyFields.length === 0 && op.query.length === 0) continue;
      const path = concrete(op.path, '00000000-0000-0000-0000-000000000000');
      const query = Object.fromEntries(op.query.map((name) => [name, NUL]));
      const json = ['GET', 'HEAD'].includes(op.method) ? undefined : Object.fromEntries(op.bodyFields.map((name) => [name, NUL]));
      const res = await app.request(op.method, path, { headers: credentialsFor(op.path), query, json });
      if (res.status >= 500) wrong.push(`${op.method} ${op.path} → ${res.status} ${res.text.slice(0, 120)}`);
      if (res.status === 400 && res.body?.code === 'invalid_param' && /NUL/.test(res.body.message)) refused += 1;
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThan(50);
  });

  it('refuses NUL in the names the issue found reaching Postgres', async () => {
    const cases: Array<[string, string, unknown]> = [
      ['POST', '/console/api/apps', { name: NUL, mode: 'chat' }],
      ['POST', '/console/api/tags', { name: NUL, type: 'app' }],
      ['POST', '/console/api/workspaces', { name: NUL }],
      ['POST', '/console/api/workspaces/info', { name: NUL }],
      ['POST', '/inner/api/enterprise/workspace/ownerless', { name: NUL }],
    ];
    for (const [method, path, json] of cases) {
      const res = await app.request(method, path, { headers, json });
      expect([path, res.status, res.body?.code]).toEqual([path, 400, 'invalid_param']);
      expect(res.body.message).toMatch(/name: must not contain NUL/);
    }
  });

  it('refuses NUL in an uploaded file name and in form fields', async () => {
    for (const [filename, source] of [[`notes${NUL}.txt`, ''], ['notes.txt', NUL]] as const) {
      const form = new FormData();
      form.set('file', new File(['hello'], filename, { type: 'text/plain' }));
      if (source) form.set('source', source);
      const res = await app.request('POST', '/console/api/files/upload', { headers: owner.headers, body: form });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('invalid_param');
    }
  });
});
