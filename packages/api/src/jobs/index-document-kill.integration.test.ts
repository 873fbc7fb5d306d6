import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle, queryRows } from '@tessera/db';
import { createTestDatabase } from '@tessera/db/testing';
import { INDEX_BATCH_SIZE } from '../services/indexing/indexing-stages';

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'testing', 'server-child.ts');

// Enough batches that the first process is still indexing when it is seen making progress.
const SEGMENTS = INDEX_BATCH_SIZE * 48;
const TEXT = Array.from({ length: SEGMENTS }, (_, i) => `Paragraph ${i + 1} tells of lighthouse number ${i + 1} on a windy coast.`).join('\n\n');
const RULE = { mode: 'custom', rules: { pre_processing_rules: [], segmentation: { separator: '\n\n', max_tokens: 100 } } };

interface Life {
  proc: ChildProcess;
  url: Promise<string>;
  output(): string;
}

function startLife(env: Record<string, string>): Life {
  const proc = spawn(process.execPath, ['--import', 'tsx', child], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /TESSERA_LISTENING (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    proc.stdout!.on('data', read);
    proc.stderr!.on('data', read);
    proc.once('exit', () => reject(new Error(`the server exited before listening:\n${output}`)));
  });
  return { proc, url, output: () => output };
}

const exited = (proc: ChildProcess) => new Promise<void>((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve() : proc.once('exit', () => resolve())));
const pause = () => new Promise((resolve) => setTimeout(resolve, 25));

async function call(base: string, method: string, route: string, token?: string, json?: unknown) {
  const res = await fetch(`${base}${route}`, {
    method,
    // A fresh connection per call: under load the server may drop an idle keep-alive socket just as a
    // poll reuses it (ECONNRESET), which says nothing about indexing.
    headers: { connection: 'close', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(json ? { 'content-type': 'application/json' } : {}) },
    body: json ? JSON.stringify(json) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, text };
}

interface Progress {
  indexing_status: string;
  completed_segments: number;
  total_segments: number;
}

describe('document indexing in a server process killed mid-way', () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const lives: Life[] = [];
  let server: DatabaseHandle | undefined;
  let folder: string | undefined;
  afterAll(async () => {
    for (const life of lives) if (life.proc.exitCode === null && life.proc.signalCode === null) life.proc.kill('SIGKILL');
    await Promise.all(lives.map((life) => exited(life.proc)));
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('is finished by the next process with every segment indexed once', { timeout: 240_000 }, async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'tessera-index-kill-'));
    const env: Record<string, string> = { DATA_DIR: folder, SECRET_KEY: 'kill-test-secret-0123456789abcdef', STORAGE_TYPE: 'local', DATABASE_URL: '', SMTP_HOST: '', JOBS_LEASE_SECONDS: '2', PORT: '0' };
    if (serverUrl) {
      server = await createTestDatabase();
      env.DATABASE_URL = server.url!;
    }

    const first = startLife(env);
    lives.push(first);
    let base = await first.url;
    const email = 'kill-owner@example.com';
    expect((await call(base, 'POST', '/console/api/setup', undefined, { email, name: 'Owner', password: 'Passw0rd!x' })).status).toBe(201);
    const login = await call(base, 'POST', '/console/api/login', undefined, { email, password: 'Passw0rd!x' });
    const consoleToken = login.body.data.access_token as string;
    const key = (await call(base, 'POST', '/console/api/datasets/api-keys', consoleToken)).body.token as string;
    const dataset = await call(base, 'POST', '/console/api/datasets', consoleToken, { name: 'Lighthouses', indexing_technique: 'economy' });
    expect(dataset.status).toBe(201);
    const created = await call(base, 'POST', `/v1/datasets/${dataset.body.id}/document/create-by-text`, key, { name: 'coast', text: TEXT, process_rule: RULE });
    expect(created.status, created.text).toBe(200);
    const documentId = created.body.document.id as string;
    const progressOf = async () => {
      const res = await call(base, 'GET', `/v1/datasets/${dataset.body.id}/documents/${created.body.batch}/indexing-status`, key);
      expect(res.status, res.text).toBe(200);
      return res.body.data[0] as Progress;
    };

    // Watch the counts move while the job runs, and the run appear in the operator's list.
    const seen: number[] = [];
    let listedRunning = false;
    for (let attempt = 0; attempt < 4000; attempt++) {
      const progress = await progressOf();
      seen.push(progress.completed_segments);
      if (progress.indexing_status === 'completed') throw new Error('indexing finished before the process could be killed');
      if (progress.indexing_status === 'indexing' && !listedRunning) {
        const runs = await call(base, 'GET', '/console/api/workspaces/current/job-runs', consoleToken, undefined);
        listedRunning = runs.body.data.some((r: { function_id: string; status: string }) => r.function_id === 'tessera-index-document' && r.status === 'running');
      }
      if (listedRunning && progress.completed_segments >= 2 * INDEX_BATCH_SIZE) break;
      await pause();
    }
    expect(listedRunning).toBe(true);
    const atKill = seen.at(-1)!;
    expect(atKill).toBeGreaterThanOrEqual(2 * INDEX_BATCH_SIZE);
    expect(atKill).toBeLessThan(SEGMENTS);
    expect(new Set(seen).size).toBeGreaterThan(1);
    first.proc.kill('SIGKILL');
    await exited(first.proc);
    expect(first.proc.signalCode).toBe('SIGKILL');

    const second = startLife(env);
    lives.push(second);
    base = await second.url;
    let final: Progress | undefined;
    for (let attempt = 0; attempt < 8000 && final?.indexing_status !== 'completed'; attempt++) {
      final = await progressOf();
      if (final.indexing_status === 'error') throw new Error(`indexing failed after the restart: ${JSON.stringify(final)}`);
      if (final.indexing_status !== 'completed') await pause();
    }
    expect(final).toMatchObject({ indexing_status: 'completed', completed_segments: SEGMENTS, total_segments: SEGMENTS });
    // The document is complete one step before its run is: wait for the run to record its end.
    let indexing: { function_id: string; status: string }[] = [];
    for (let attempt = 0; attempt < 400; attempt++) {
      const runs = await call(base, 'GET', '/console/api/workspaces/current/job-runs', consoleToken, undefined);
      indexing = runs.body.data.filter((r: { function_id: string }) => r.function_id === 'tessera-index-document');
      if (indexing.every((r) => r.status !== 'running' && r.status !== 'queued')) break;
      await pause();
    }
    expect(indexing).toEqual([expect.objectContaining({ status: 'completed', output: { status: 'completed' } })]);

    second.proc.kill('SIGTERM');
    await exited(second.proc);
    const database = server ?? (await createDatabase({ dataDir: path.join(folder, 'pgdata') }));
    try {
      const [segments] = await queryRows<{ n: number; positions: number; first: number; last: number }>(
        database.db,
        sql`select count(*)::int as n, count(distinct position)::int as positions, min(position)::int as first, max(position)::int as last
            from document_segments where document_id = ${documentId}`,
      );
      expect(segments).toEqual({ n: SEGMENTS, positions: SEGMENTS, first: 1, last: SEGMENTS });
      const [entries] = await queryRows<{ n: number; segments: number }>(
        database.db,
        sql`select count(*)::int as n, count(distinct s.position)::int as segments
            from segment_index_entries e join document_segments s on s.id = e.segment_id where e.document_id = ${documentId}`,
      );
      expect(entries).toEqual({ n: SEGMENTS, segments: SEGMENTS });
    } finally {
      if (!server) await database.close();
    }
  });
});
