import { createDatabase, type Database, type DatabaseHandle, prepareNewDataFolder, resolveMigrationsFolder, runMigrations } from '@tessera/db';
import { createJobRuntime, createJobsClient, type JobRuntime } from '@tessera/jobs';
import { createModelRuntime, type ModelRuntime } from '@tessera/model-runtime';
import { createFileStore, type FileStore } from '@tessera/storage';
import { type AppConfig, loadConfig } from './config';
import { type PublicUrls, resolvePublicUrls } from './http/public-urls';
import { createJobFunctions, type JobFunctionsFactory } from './jobs';
import { createConsoleLogger, type Logger } from './logger';
import { createMailer, type Mailer } from './mail/mailer';
import { modelUsageRecorder } from './data/model-usage';
import { followConfigChanges } from './read-cache/config-change-feed';
import { WorkspaceReadCache } from './read-cache/workspace-read-cache';
import { settleAllBatches } from './data/write-batches';
import { StreamHub } from './streams/stream-hub';

/** Everything a service may use, built once per process (or per test). */
export interface AppDeps {
  db: Database;
  config: AppConfig;
  storage: FileStore;
  mailer: Mailer;
  logger: Logger;
  /** Calls model providers; every call is recorded in model_usage. */
  models: ModelRuntime;
  /** The event log of streamed answers: numbered events, resume, stop across instances. */
  streams: StreamHub;
  /**
   * Base URLs for links. Per request they follow the origin the request came in on (unless
   * configured); outside a request (start-up, background work) the configured ones or localhost.
   */
  urls: PublicUrls;
  /** Background jobs: `jobs.send(event)` queues work, run in-process or by an Inngest server. */
  jobs: JobRuntime;
  /**
   * What every request reads (app keys, app configuration, resolved models, annotation settings,
   * end users), kept per workspace until the database announces a change to it.
   */
  cache: WorkspaceReadCache;
  /** Injectable clock so expiry rules can be tested without waiting. */
  now(): Date;
}

export interface AppHandle {
  deps: AppDeps;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export interface CreateDepsOptions {
  config?: AppConfig;
  database?: DatabaseHandle;
  logger?: Logger;
  now?: () => Date;
  models?: ModelRuntime;
  /** The background functions to register (the app's own by default). */
  jobFunctions?: JobFunctionsFactory;
}

/** Opens the database (embedded PGlite unless DATABASE_URL is set), applies migrations, wires services. */
export async function createAppDeps(options: CreateDepsOptions = {}): Promise<AppHandle> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createConsoleLogger();
  const dataDir = `${config.dataDir}/pgdata`;
  if (!options.database && !config.databaseUrl) await prepareNewDataFolder(dataDir, resolveMigrationsFolder());
  const database = options.database ?? (await createDatabase({ url: config.databaseUrl, dataDir }));
  if (!options.database) await runMigrations(database);
  const cache = new WorkspaceReadCache();
  await followConfigChanges(database, cache);
  const base: Omit<AppDeps, 'jobs'> = {
    db: database.db,
    config,
    storage: createFileStore(config.storage),
    mailer: createMailer(database.db, config.smtp, logger),
    logger,
    models:
      options.models ??
      createModelRuntime({
        timeoutMs: config.modelRequestTimeoutMs,
        maxRetries: config.modelMaxRetries,
        onUsage: (record) => modelUsageRecorder(database.db).record(record),
        onUsageError: (error) =>
          logger.error('model usage not recorded', { error: error instanceof Error ? error.message : String(error) }),
      }),
    streams: new StreamHub({
      db: database.db,
      pubsub: database.pubsub,
      logger,
      now: options.now ?? (() => new Date()),
      retentionSeconds: config.streamRetentionSeconds,
      maxExecutionSeconds: config.appMaxExecutionSeconds,
    }),
    urls: resolvePublicUrls(config.publicUrls, `http://localhost:${config.port}`),
    cache,
    now: options.now ?? (() => new Date()),
  };
  // Functions get the finished deps; they only use them once a run starts.
  const deps = base as AppDeps;
  const jobsClient = createJobsClient(config.jobs, logger);
  deps.jobs = createJobRuntime({
    database,
    client: jobsClient,
    functions: (options.jobFunctions ?? createJobFunctions)(jobsClient, deps),
    mode: config.jobs.mode,
    logger,
    driver: { now: deps.now, leaseMs: config.jobsLeaseSeconds * 1000 },
  });
  routeModelWarningsTo(logger);
  return {
    deps,
    database,
    close: async () => {
      await deps.jobs.stop();
      await settleAllBatches(database.db);
      await deps.streams.close();
      await cache.close();
      await database.close();
    },
  };
}

/**
 * The AI SDK prints provider warnings (a setting a model ignores, a compatibility mode) straight to
 * the console, one line each; the process's logger keeps them structured like every other line.
 */
function routeModelWarningsTo(logger: Logger): void {
  (globalThis as { AI_SDK_LOG_WARNINGS?: unknown }).AI_SDK_LOG_WARNINGS = (options: {
    warnings: unknown[];
    provider: string;
    model: string;
  }) => logger.warn('model provider warning', { provider: options.provider, model: options.model, warnings: options.warnings });
}
