import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type Duplex } from 'node:stream';
import { getRuntime, type Runtime } from '../runtime';
import { framePolicyFromEnv } from './frame-policy';
import { createNodeListener, type NodeRequestHandler } from './node-listener';

export interface PageHandlers {
  handle: NodeRequestHandler;
  /** WebSocket upgrades (Next's development reloads). */
  upgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => unknown;
}

export interface StartServerOptions {
  port: number;
  hostname?: string;
  dev?: boolean;
  /** Prepares Next.js; called once the database is open and migrated. */
  loadPages?: () => Promise<PageHandlers>;
}

export interface RunningServer {
  server: Server;
  runtime: Runtime;
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database (and applies migrations), prepares the pages, then listens. A failed start
 * exits with the reason instead of leaving a server that answers every request with 500.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  let runtime: Runtime;
  try {
    runtime = await getRuntime();
  } catch (error) {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`Tessera could not start: opening the database or applying migrations failed.\n${reason}`);
    process.exit(1);
  }
  await startMaintenance(runtime);
  // The API answers (and /health reports) while Next.js still prepares; page requests wait for it.
  const pages = options.loadPages ? preparePages(options.loadPages) : undefined;
  const listener = createNodeListener({
    handle: runtime.handle,
    config: runtime.deps.config,
    pages: pages ? { handle: async (req, res) => (await pages).handle(req, res), dev: options.dev ?? false } : undefined,
    framing: framePolicyFromEnv(process.env),
  });
  const server = createServer(listener);
  if (pages) {
    server.on('upgrade', (req, socket, head) => {
      void pages.then((ready) => (ready.upgrade ? ready.upgrade(req, socket, head) : socket.destroy()));
    });
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.hostname && options.hostname !== '0.0.0.0' ? options.hostname : 'localhost'}:${port}`;
  runtime.deps.logger.info('Tessera is listening', { url });
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    }).then(() => runtime.close()));
  return { server, runtime, url, close };
}

/** Starts preparing the pages; a failure ends the process with the reason, as a failed start does. */
function preparePages(loadPages: () => Promise<PageHandlers>): Promise<PageHandlers> {
  return loadPages().catch((error: unknown) => {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`Tessera could not start: preparing the pages failed.\n${reason}`);
    process.exit(1);
  });
}

const SWEEP_INTERVAL_MS = 60_000;

/**
 * Housekeeping of streamed answers: on the embedded engine this process is the only one, so a task
 * still marked running was cut off by the last stop; everywhere, abandoned and expired tasks are
 * swept once a minute. Background jobs start claiming work (in-process mode; served mode waits for
 * the Inngest server's calls), resuming runs a previous stop cut off, document indexing included.
 */
async function startMaintenance(runtime: Runtime): Promise<void> {
  const { streams, config, logger, jobs } = runtime.deps;
  await jobs.start();
  if (!config.databaseUrl) await streams.endInterrupted();
  const sweep = () => streams.sweep().catch((error: unknown) => logger.error('stream sweep failed', { error: String(error) }));
  setInterval(sweep, SWEEP_INTERVAL_MS).unref();
}

/** Stops accepting requests and closes the database on SIGINT/SIGTERM, so PGlite flushes cleanly. */
export function closeOnSignals(running: RunningServer): void {
  const stop = (signal: string) => {
    running.runtime.deps.logger.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(0), 10_000);
    force.unref();
    void running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
