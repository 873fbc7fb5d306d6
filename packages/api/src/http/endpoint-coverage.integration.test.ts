import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findWorkspaceRoot } from '@tessera/db';
import { createTestApp, type TestApp } from '../testing';

// Dify's endpoint list is kept in the repository with the rest of the contract Tessera matches.
const specFile = path.join(findWorkspaceRoot(), 'packages', 'api', 'contract', 'dify', 'endpoints.txt');
const roadmapFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'endpoint-roadmap.txt');

const ROUTE_MISSING = 'The requested URL was not found on the server.';
const PLUGIN_KEY = 'coverage-plugin-key';
/** `/apps/<uuid:app_id>` and `/apps/{app_id}` both become `/apps/{}`. */
const shape = (p: string) => p.replace(/<[^>]*>/g, '{}').replace(/\{[^}]*\}/g, '{}').replace(/(.)\/$/, '$1');
const concrete = (p: string) => p.replace(/<uuid:[^>]*>/g, randomUUID()).replace(/<[^>]*>/g, 'x');
const readLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

describe('the endpoints of the spec', () => {
  let app: TestApp;
  let served: Set<string>;
  const spec = readLines(specFile);
  const roadmap = new Map(readLines(roadmapFile).map((l) => l.split(' | ') as [string, string]));

  beforeAll(async () => {
    // The plugin daemon's routes answer 404 to a wrong key by design, so the probe carries the key.
    app = await createTestApp({ innerApiKeyForPlugin: PLUGIN_KEY });
    const document = (await app.request('GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    served = new Set(
      Object.entries(document.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${shape(p)}`)),
    );
  });
  afterAll(async () => app?.close());

  it('are all found', () => {
    expect(spec.length, `no endpoint list at ${specFile}`).toBeGreaterThan(100);
  });

  it('are each either served and documented, or on the roadmap — never both', () => {
    const neither: string[] = [];
    const both: string[] = [];
    for (const line of spec) {
      const [method, p] = line.split(' ') as [string, string];
      const isServed = served.has(`${method} ${shape(p)}`);
      if (isServed && roadmap.has(line)) both.push(line);
      if (!isServed && !roadmap.has(line)) neither.push(line);
    }
    expect(neither, 'spec endpoints neither served nor on the roadmap').toEqual([]);
    expect(both, 'served endpoints still listed in endpoint-roadmap.txt').toEqual([]);
    const stale = [...roadmap.keys()].filter((line) => !spec.includes(line));
    expect(stale, 'roadmap lines that are not in the spec').toEqual([]);
  });

  it('that are documented are really routed (no route-missing 404), and roadmap ones are not', async () => {
    const wrong: string[] = [];
    for (const line of spec) {
      const [method, p] = line.split(' ') as [string, string];
      const headers = { 'X-Inner-Api-Key': PLUGIN_KEY };
      const res = await app.request(method, concrete(p), method === 'GET' || method === 'DELETE' ? { headers } : { json: {}, headers });
      const missing = res.status === 404 && res.body?.message === ROUTE_MISSING;
      if (roadmap.has(line) !== missing) wrong.push(`${line} → ${res.status} ${res.body?.code ?? ''}`);
    }
    expect(wrong).toEqual([]);
  });
});
