import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '@tessera/db';
import { type Inngest, Middleware } from 'inngest';
import { type JobsLogger } from './driver/job-driver';

/**
 * `lease_owner` of the rows of runs an Inngest server drives. The in-process driver never claims,
 * expires or resumes such a row (it has no lease to expire), so a database that later runs jobs
 * in-process does not run them a second time.
 */
export const SERVED_RUN_OWNER = 'inngest-server';

/** Inngest's run ids are ULIDs; the run list keys runs by uuid, so each one maps to a stable uuid. */
export function servedRunUuid(inngestRunId: string): string {
  const hex = createHash('sha256').update(`inngest-run:${inngestRunId}`).digest('hex');
  // Version 8 (custom) with the RFC 4122 variant: a valid uuid, never equal to a random v4 one.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface ServedRun {
  inngestRunId: string;
  functionId: string;
  event: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
  attempt: number;
  maxAttempts: number;
}

const now = () => new Date().toISOString();
const json = (value: unknown) => JSON.stringify(value ?? null);
const errorJson = (error: Error) => JSON.stringify({ name: error.name, message: error.message });

/**
 * The run list's rows for runs an Inngest server drives: one per run, written as the server's
 * requests reach this process. Each write creates the row if it is missing, so a run whose start
 * was not seen (this instance started mid-run, or another instance took the first request) still
 * shows up once it moves.
 */
export class ServedRunLog {
  constructor(private readonly db: Database) {}

  private upsert(run: ServedRun, set: { status: 'running' | 'completed' | 'failed'; output?: string; error?: string; ended?: boolean }) {
    const at = now();
    const workspaceId = typeof run.event.data?.workspace_id === 'string' ? run.event.data.workspace_id : null;
    const ended = set.ended ? at : null;
    return queryRows(
      this.db,
      sql`insert into job_runs (id, function_id, event_name, event, workspace_id, status, attempt, max_attempts, output, error,
                                lease_owner, run_at, started_at, ended_at, created_at, updated_at)
          values (${servedRunUuid(run.inngestRunId)}::uuid, ${run.functionId}, ${run.event.name ?? ''}, ${json(run.event)},
                  (select id from workspaces where id::text = ${workspaceId}), ${set.status}, ${run.attempt}, ${run.maxAttempts},
                  ${set.output ?? null}, ${set.error ?? null}, ${SERVED_RUN_OWNER}, ${at}::timestamptz, ${at}::timestamptz,
                  ${ended}::timestamptz, ${at}::timestamptz, ${at}::timestamptz)
          on conflict (id) do update set
            status = case when job_runs.status in ('completed', 'failed', 'cancelled') then job_runs.status else excluded.status end,
            attempt = greatest(job_runs.attempt, excluded.attempt),
            output = coalesce(excluded.output, job_runs.output),
            error = coalesce(excluded.error, job_runs.error),
            ended_at = coalesce(job_runs.ended_at, excluded.ended_at),
            updated_at = excluded.updated_at
          returning id`,
    );
  }

  started(run: ServedRun) {
    return this.upsert(run, { status: 'running' });
  }

  completed(run: ServedRun, output: unknown) {
    return this.upsert(run, { status: 'completed', output: json(output), ended: true });
  }

  /** A failed attempt: the run fails when it was the last one, and shows the error while it retries. */
  errored(run: ServedRun, error: Error, final: boolean) {
    return final
      ? this.upsert(run, { status: 'failed', error: errorJson(error), ended: true })
      : this.upsert({ ...run, attempt: run.attempt + 1 }, { status: 'running', error: errorJson(error) });
  }
}

interface Recording {
  log: ServedRunLog;
  appId: string;
  logger?: JobsLogger;
}

const recordings = new WeakMap<object, Recording>();

/** Points a served client's run recording at a database (undefined stops it). */
export function recordServedRunsIn(client: Inngest.Any, recording: Recording | undefined): void {
  if (recording) recordings.set(client, recording);
  else recordings.delete(client);
}

type RunContext = { runId: string; attempt: number; maxAttempts?: number; event: unknown };

/**
 * Records the runs an Inngest server drives in the run list, the way the in-process driver's runs
 * are: started, completed or failed, with the function, the event and the workspace. A failed
 * write is logged and never fails the run.
 */
export class ServedRunRecording extends Middleware.BaseMiddleware {
  readonly id = 'tessera-served-run-recording';

  private async record(fn: { id(prefix?: string): string }, ctx: RunContext, write: (log: ServedRunLog, run: ServedRun) => Promise<unknown>) {
    const recording = recordings.get(this.client);
    if (!recording) return;
    const run: ServedRun = {
      inngestRunId: ctx.runId,
      functionId: fn.id(recording.appId),
      event: (ctx.event ?? {}) as ServedRun['event'],
      attempt: ctx.attempt,
      maxAttempts: ctx.maxAttempts ?? ctx.attempt + 1,
    };
    try {
      await write(recording.log, run);
    } catch (error) {
      recording.logger?.error('job run not recorded', { runId: ctx.runId, functionId: run.functionId, error: error instanceof Error ? error.message : String(error) });
    }
  }

  override async onRunStart({ ctx, fn }: Middleware.OnRunStartArgs) {
    await this.record(fn, ctx as RunContext, (log, run) => log.started(run));
  }

  override async onRunComplete({ ctx, fn, output }: Middleware.OnRunCompleteArgs) {
    await this.record(fn, ctx as RunContext, (log, run) => log.completed(run, output));
  }

  override async onRunError({ ctx, fn, error, isFinalAttempt }: Middleware.OnRunErrorArgs) {
    await this.record(fn, ctx as RunContext, (log, run) => log.errored(run, error as Error, isFinalAttempt));
  }
}
