import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DatabaseHandle } from '@tessera/db';
import { createTestDatabase } from '@tessera/db/testing';
import { type ModelRuntime } from '@tessera/model-runtime';
import { type AppConfig, loadConfig } from '../config';
import { type AppDeps, createAppDeps } from '../deps';
import { type HttpHandler } from '../http/handler';
import { type JobFunctionsFactory } from '../jobs';
import { createConsoleLogger } from '../logger';
import { createRuntime, type Runtime } from '../runtime';
import { createNodeListener } from '../server/node-listener';

// Test bodies are read field by field in assertions; `any` keeps those reads short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
  /** `name=value` pairs from Set-Cookie, ready to send back. */
  cookies: Record<string, string>;
}

export interface RequestOptions {
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean>;
  token?: string;
  /** The client address the server sees (as if from the socket); loopback when unset. */
  clientIp?: string;
}

export interface TestApp {
  deps: AppDeps;
  /** The database handle under `deps.db`: its pubsub and write hook. */
  database: DatabaseHandle;
  handle: HttpHandler;
  /** What the Next.js route files call: `handle` for the REST mounts, `handleRpc` for the typed RPC mount. */
  runtime: Runtime;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<TestResponse<T>>;
  /** Closes the database under the running app (failure tests). */
  closeDatabase(): Promise<void>;
  /** Moves the app's clock forward (expiry tests). */
  advanceClock(ms: number): void;
  /**
   * Serves the app on a loopback port through Tessera's own Node listener, for tests that need a
   * real socket: the client's address, forwarded headers, streams a client walks away from.
   */
  listen(): Promise<ListeningApp>;
  /**
   * Another instance over the same database, with its own process state (stream tasks, caches):
   * what a second Tessera process behind the same Postgres would be. Closed with this app.
   */
  peer(): Promise<TestApp>;
  close(): Promise<void>;
}

export interface ListeningApp {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

export const TEST_BASE_URL = 'http://localhost:3000';

export interface TestAppOptions {
  /** Replaces the real model runtime (which tests otherwise point at the test model server). */
  models?: ModelRuntime;
  /** Background functions to register instead of the app's own (job tests). */
  jobFunctions?: JobFunctionsFactory;
  /**
   * Whether the in-process driver claims queued runs as a server does (the default), so work such
   * as document indexing finishes on its own; job tests that step runs with `runUntilIdle` say no.
   */
  startJobs?: boolean;
}

/**
 * A whole Tessera back end over a fresh migrated database (PGlite, or the server named by
 * TEST_DATABASE_URL), driven through the same HTTP handler the Next.js mounts use.
 */
export async function createTestApp(overrides: Partial<AppConfig> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  return buildTestApp(await createTestDatabase(), true, overrides, options);
}

// A peer shares the database, and starting a second driver on the embedded engine would take over
// the first one's runs (it expires every lease at start, as a restarted single process must).
async function buildTestApp(database: DatabaseHandle, ownsDatabase: boolean, overrides: Partial<AppConfig>, options: TestAppOptions): Promise<TestApp> {
  const app = await buildApp(database, ownsDatabase, overrides, options);
  if (ownsDatabase && options.startJobs !== false) await app.deps.jobs.start();
  return app;
}

async function buildApp(database: DatabaseHandle, ownsDatabase: boolean, overrides: Partial<AppConfig>, options: TestAppOptions): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tessera-test-'));
  const config = loadConfig(
    { ...process.env, DATABASE_URL: '', SMTP_HOST: '', STORAGE_TYPE: 'local', SECRET_KEY: 'test-secret-key-0123456789abcdef' },
    { dataDir, ...overrides },
  );
  config.storage = overrides.storage ?? { type: 'local', root: path.join(dataDir, 'storage') };
  let offset = 0;
  const app = await createAppDeps({
    config,
    database,
    logger: createConsoleLogger(!process.env.TEST_LOGS),
    now: () => new Date(Date.now() + offset),
    models: options.models,
    jobFunctions: options.jobFunctions,
  });
  const runtime = createRuntime(app);
  const { handle } = runtime;
  const servers = new Set<Server>();
  const peers: TestApp[] = [];
  return {
    deps: app.deps,
    database,
    handle,
    runtime,
    closeDatabase: () => database.close(),
    advanceClock: (ms) => {
      offset += ms;
    },
    async request(method, requestPath, options = {}) {
      const url = new URL(requestPath, TEST_BASE_URL);
      for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, String(v));
      const headers = new Headers(options.headers);
      if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
      let body = options.body;
      if (options.json !== undefined) {
        body = JSON.stringify(options.json);
        if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      }
      const connection = { clientIp: options.clientIp ?? '127.0.0.1', origin: url.origin };
      const res = await handle(new Request(url, { method, headers, body }), connection);
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      const cookies: Record<string, string> = {};
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const index = pair?.indexOf('=') ?? -1;
        if (pair && index > 0) cookies[pair.slice(0, index)] = decodeURIComponent(pair.slice(index + 1));
      }
      return { status: res.status, headers: res.headers, body: parsed as never, text, cookies };
    },
    async listen() {
      const server = createServer(createNodeListener({ handle, config: app.deps.config }));
      servers.add(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      return { url: `http://127.0.0.1:${port}`, close: () => stopServer(server) };
    },
    async peer() {
      const peer = await buildTestApp(database, false, { ...overrides, storage: config.storage, secretKey: config.secretKey }, options);
      peers.push(peer);
      return peer;
    },
    async close() {
      await app.deps.jobs.stop().catch(() => undefined);
      await Promise.all(peers.map((peer) => peer.close()));
      await Promise.all([...servers].map(stopServer));
      await app.deps.streams.close().catch(() => undefined);
      await app.deps.cache.close().catch(() => undefined);
      if (ownsDatabase) await database.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function stopServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
