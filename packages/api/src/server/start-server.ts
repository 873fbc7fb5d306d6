import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type Duplex } from 'node:stream';
import { getRuntime, type Runtime } from '../runtime';
import { createNodeListener, type NodeRequestHandler } from './node-listener';
import { resumeInterruptedIndexing } from '../services/indexing/run-indexing';

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
  const pages = options.loadPages ? await options.loadPages() : undefined;
  const listener = createNodeListener({
    handle: runtime.handle,
    config: runtime.deps.config,
    pages: pages ? { handle: pages.handle, dev: options.dev ?? false } : undefined,
  });
  const server = createServer(listener);
  if (pages?.upgrade) server.on('upgrade', pages.upgrade);
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

const SWEEP_INTERVAL_MS = 60_000;

/**
 * Housekeeping of streamed answers and indexing: on the embedded engine this process is the only
 * one, so a task still marked running, or a document still being indexed, was cut off by the last
 * stop; everywhere, abandoned and expired tasks are swept once a minute.
 */
async function startMaintenance(runtime: Runtime): Promise<void> {
  const { streams, config, logger } = runtime.deps;
  if (!config.databaseUrl) {
    await streams.endInterrupted();
    const resumed = await resumeInterruptedIndexing(runtime.deps);
    if (resumed > 0) logger.info('resuming interrupted document indexing', { documents: resumed });
  }
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
