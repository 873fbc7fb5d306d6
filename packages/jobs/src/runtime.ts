import { type DatabaseHandle } from '@tessera/db';
import { type Inngest, type InngestFunction } from 'inngest';
import { serve } from 'inngest/edge';
import { JOBS_APP_ID, type JobsMode, routeSendsTo } from './client';
import { recordServedRunsIn, ServedRunLog } from './served-runs';
import { type DriverOptions, JobDriver, type JobsLogger } from './driver/job-driver';

export interface JobRuntimeOptions {
  database: DatabaseHandle;
  /** The client the functions were created on (`createJobsClient`). */
  client: Inngest.Any;
  functions: InngestFunction.Any[];
  mode: JobsMode;
  logger?: JobsLogger;
  /** In-process driver tuning and, in tests, an injected clock. */
  driver?: Pick<DriverOptions, 'now' | 'capacity' | 'leaseMs' | 'pollIntervalMs' | 'backoffMs'>;
}

type SendArg = Parameters<Inngest.Any['send']>[0];

export interface JobRuntime {
  mode: JobsMode;
  client: Inngest.Any;
  /** Sends events: to the Inngest server, or in-process to the driver, which queues runs in Postgres. */
  send(events: SendArg): Promise<{ ids: string[] }>;
  /** Cancels an unfinished in-process run (only within `workspaceId` when given). */
  cancel(runId: string, scope?: { workspaceId?: string }): Promise<boolean>;
  /** The `/api/inngest` handler a real Inngest server calls; only in `serve` mode. */
  serve?: (req: Request) => Promise<Response>;
  /** Runs every runnable in-process run to its next pause (tests and scripts); a no-op when served. */
  runUntilIdle(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The jobs machinery of one process. Served: the functions answer a real Inngest server at
 * `/api/inngest`, which keeps runs and steps. In-process (no server configured): the driver runs the
 * same functions through the SDK's handler with runs, steps, sleeps and retries in Postgres.
 */
/** The SDK builds its URL from the Host header; requests made in-process may not carry one. */
function withHost(req: Request): Request {
  if (req.headers.get('host')) return req;
  const headers = new Headers(req.headers);
  headers.set('host', new URL(req.url).host);
  return new Request(req, { headers });
}

export function createJobRuntime(options: JobRuntimeOptions): JobRuntime {
  const { client, functions } = options;
  if (options.mode === 'serve') {
    const handler = serve({ client, functions });
    recordServedRunsIn(client, { log: new ServedRunLog(options.database.db), appId: JOBS_APP_ID, logger: options.logger });
    return {
      mode: 'serve',
      client,
      send: (events) => client.send(events) as Promise<{ ids: string[] }>,
      cancel: async () => false,
      serve: (req) => handler(withHost(req)),
      runUntilIdle: async () => {},
      start: async () => {},
      stop: async () => recordServedRunsIn(client, undefined),
    };
  }
  const { database } = options;
  const driver = new JobDriver({
    db: database.db,
    pubsub: database.pubsub,
    engine: database.driver,
    client,
    functions,
    logger: options.logger,
    ...options.driver,
  });
  routeSendsTo(client, (events) => driver.send(events));
  return {
    mode: 'in-process',
    client,
    send: (events) => client.send(events) as Promise<{ ids: string[] }>,
    cancel: (runId, scope) => driver.cancel(runId, scope?.workspaceId),
    runUntilIdle: () => driver.runUntilIdle(),
    start: () => driver.start(),
    async stop() {
      await driver.stop();
      routeSendsTo(client, undefined);
    },
  };
}
