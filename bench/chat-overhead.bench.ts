// Time to first event of a streamed chat answer, three arms interleaved so they see the same load:
// the test model server directly; Tessera's built app serving `POST /v1/chat-messages`; and a minimal
// pass-through server (the floor). Prints p50/p95 per arm at concurrency 1 and 50, each arm's
// overhead over direct, requests per second, and Tessera's RSS idle and under 50 streams — on the
// embedded engine and, when the Postgres server answers, with DATABASE_URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { SERVER_MALLOC_ENV, SERVER_NODE_FLAGS } from './server-launch';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const webDir = path.join(repoRoot, 'apps', 'web');
const QUERY = 'Tell me about the quiet harbour town and its lighthouse keeper';
const PG_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Child {
  process: ChildProcess;
  info: Record<string, string>;
}

/** Starts a process that prints one JSON line when ready. */
function startJsonChild(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? here, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.trim().startsWith('{'));
      if (line) resolve({ process: child, info: JSON.parse(line) as Record<string, string> });
    });
    child.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)));
  });
}

async function startTessera(modelBaseUrl: string, databaseUrl?: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tessera-bench-'));
  const port = 43000 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'dist/server.mjs'], {
    cwd: webDir,
    env: { ...process.env, ...SERVER_MALLOC_ENV, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl ?? '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const key = await seedTessera(base, modelBaseUrl);
  return { child, base, key, close: () => stop(child).then(() => rmSync(dataDir, { recursive: true, force: true })) };
}

async function call(base: string, method: string, pathname: string, body?: unknown, token?: string) {
  const res = await fetch(`${base}${pathname}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json = (await res.json().catch(() => ({}))) as Record<string, any>;
  if (res.status >= 300) throw new Error(`${method} ${pathname}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Owner, an OpenAI-compatible provider on the model server, a chat app on it, and an app key. */
async function seedTessera(base: string, modelBaseUrl: string): Promise<string> {
  const owner = { email: 'bench@example.com', name: 'Bench', password: 'Bench-passw0rd' };
  await call(base, 'POST', '/console/api/setup', owner);
  const login = await call(base, 'POST', '/console/api/login', { email: owner.email, password: owner.password });
  const token = login.data.access_token as string;
  const providers = '/console/api/workspaces/current/model-providers/openai_api_compatible';
  await call(base, 'POST', `${providers}/credentials`, { credentials: { endpoint_url: modelBaseUrl, api_key: 'bench' } }, token);
  await call(base, 'POST', `${providers}/models/credentials`, { model: 'bench-chat', model_type: 'llm', credentials: { context_size: '16000' } }, token);
  const app = await call(base, 'POST', '/console/api/apps', { name: 'Bench', mode: 'chat' }, token);
  await call(
    base,
    'POST',
    `/console/api/apps/${app.id}/model-config`,
    { model: { provider: 'openai_api_compatible', name: 'bench-chat', mode: 'chat', completion_params: {} }, pre_prompt: '' },
    token,
  );
  const key = await call(base, 'POST', `/console/api/apps/${app.id}/api-keys`, undefined, token);
  return key.token as string;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Sample {
  firstEvent: number;
  total: number;
  ok: boolean;
}

/** Reads a streamed answer; the clock stops at the first event carrying answer text. */
async function timeStream(url: string, init: RequestInit, isContent: (text: string) => boolean): Promise<Sample> {
  const started = performance.now();
  try {
    const res = await fetch(url, init);
    if (!res.ok || !res.body) return { firstEvent: 0, total: 0, ok: false };
    const decoder = new TextDecoder();
    let firstEvent = 0;
    let buffered = '';
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (firstEvent) continue;
      buffered += decoder.decode(value, { stream: true });
      if (isContent(buffered)) firstEvent = performance.now() - started;
    }
    return { firstEvent, total: performance.now() - started, ok: firstEvent > 0 };
  } catch {
    return { firstEvent: 0, total: 0, ok: false };
  }
}

type Arm = 'direct' | 'floor' | 'tessera';

function armRequest(arm: Arm, urls: { model: string; floor: string; tessera: string; key: string }, worker: number): Promise<Sample> {
  if (arm === 'direct') {
    return timeStream(
      `${urls.model}/chat/completions`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
        body: JSON.stringify({ model: 'bench-chat', stream: true, messages: [{ role: 'user', content: QUERY }] }),
      },
      (text) => text.includes('"content":"'),
    );
  }
  const base = arm === 'floor' ? urls.floor : urls.tessera;
  return timeStream(
    `${base}/v1/chat-messages`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${urls.key}` },
      body: JSON.stringify({ query: QUERY, inputs: {}, user: `bench-${worker}`, response_mode: 'streaming', auto_generate_name: false }),
    },
    (text) => text.includes('"event":"message"'),
  );
}

const ARMS: Arm[] = ['direct', 'floor', 'tessera'];

/** Every worker takes the arms in turn (starting at a different one), so all arms see the same load. */
async function interleaved(concurrency: number, rounds: number, urls: Parameters<typeof armRequest>[1]) {
  const samples: Record<Arm, Sample[]> = { direct: [], floor: [], tessera: [] };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let round = 0; round < rounds; round++) {
        for (let step = 0; step < ARMS.length; step++) {
          const arm = ARMS[(worker + round + step) % ARMS.length]!;
          samples[arm].push(await armRequest(arm, urls, worker));
        }
      }
    }),
  );
  return { samples, seconds: (performance.now() - started) / 1000 };
}

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function measureEngine(label: string, model: Child, floorUrl: string, databaseUrl?: string) {
  const tessera = await startTessera(model.info.openaiBaseUrl!, databaseUrl);
  const urls = { model: model.info.openaiBaseUrl!, floor: floorUrl, tessera: tessera.base, key: tessera.key };
  try {
    await interleaved(4, 10, urls);
    const idle = rssMb(tessera.child.pid!);
    const f = (x: number) => `${x.toFixed(2).padStart(8)}ms`;
    let peak = idle;
    for (const [concurrency, rounds] of [
      [1, 150],
      [50, 6],
    ] as const) {
      const poll = setInterval(() => (peak = Math.max(peak, rssMb(tessera.child.pid!))), 100);
      const { samples, seconds } = await interleaved(concurrency, rounds, urls);
      clearInterval(poll);
      const direct = samples.direct.filter((s) => s.ok).map((s) => s.firstEvent);
      for (const arm of ARMS) {
        const good = samples[arm].filter((s) => s.ok).map((s) => s.firstEvent);
        const errors = samples[arm].length - good.length;
        const p50 = percentile(good, 0.5);
        const p95 = percentile(good, 0.95);
        const over = arm === 'direct' ? '' : `  overhead p50=${f(p50 - percentile(direct, 0.5))} p95=${f(p95 - percentile(direct, 0.95))}`;
        console.log(
          `${label} c=${String(concurrency).padStart(2)} ${arm.padEnd(7)} n=${String(good.length).padStart(4)} errors=${errors}  first event p50=${f(p50)} p95=${f(p95)}${over}  req/s=${(samples[arm].length / seconds).toFixed(1)}`,
        );
      }
    }
    console.log(`${label} Tessera RSS idle=${idle.toFixed(0)} MB, peak under load=${peak.toFixed(0)} MB`);
  } finally {
    await tessera.close();
  }
}

export async function run(): Promise<void> {
  if (!existsSync(path.join(webDir, 'dist', 'server.mjs'))) {
    console.log('chat-overhead: build the app first (npm run build); skipped');
    return;
  }
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const model = await startJsonChild(tsx, ['chat-overhead/model-server-process.ts']);
  const floor = await startJsonChild(tsx, ['chat-overhead/floor-server-process.ts', model.info.openaiBaseUrl!]);
  try {
    await measureEngine('embedded', model, floor.info.url!);
    const admin = postgres(PG_URL, { max: 1, onnotice: () => {} });
    const name = `tessera_bench_${Date.now()}`;
    const reachable = await admin.unsafe(`create database ${name}`).then(() => true, () => false);
    if (reachable) {
      const url = new URL(PG_URL);
      url.pathname = `/${name}`;
      try {
        await measureEngine('postgres', model, floor.info.url!, url.toString());
      } finally {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
      }
    } else console.log('postgres: no server reachable; skipped');
    await admin.end({ timeout: 5 });
  } finally {
    await stop(floor.process);
    await stop(model.process);
  }
}
