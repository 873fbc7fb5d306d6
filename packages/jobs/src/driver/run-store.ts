import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '@tessera/db';
import { SERVED_RUN_OWNER } from '../served-runs';
import { type FunctionPlan } from './function-plan';

export interface ClaimedRun {
  id: string;
  functionId: string;
  event: string;
  attempt: number;
  maxAttempts: number;
  waitStepId: string | null;
}

export interface StoredStep {
  stepId: string;
  output: string;
}

export interface NewRun {
  functionId: string;
  eventName: string;
  event: string;
  workspaceId: string | null;
  concurrencyKey: string | null;
  maxAttempts: number;
}

const iso = (date: Date) => date.toISOString();

/**
 * Every read and write of the driver's tables. Writes made on behalf of a running run are guarded
 * by its lease (`lease_owner` and status `running`): once a run is cancelled or claimed by another
 * instance, the old holder's writes change nothing and it stops.
 */
export class RunStore {
  constructor(
    private readonly db: Database,
    private readonly owner: string,
  ) {}

  async insertRuns(runs: NewRun[], now: Date): Promise<string[]> {
    if (runs.length === 0) return [];
    const ids: string[] = [];
    for (const run of runs) {
      // A workspace that no longer exists files the run under no workspace rather than failing the send.
      const [row] = await queryRows<{ id: string }>(
        this.db,
        sql`insert into job_runs (function_id, event_name, event, workspace_id, concurrency_key, max_attempts, run_at, created_at, updated_at)
            values (${run.functionId}, ${run.eventName}, ${run.event},
                    (select id from workspaces where id::text = ${run.workspaceId}), ${run.concurrencyKey}, ${run.maxAttempts},
                    ${iso(now)}::timestamptz, ${iso(now)}::timestamptz, ${iso(now)}::timestamptz)
            returning id`,
      );
      ids.push(row!.id);
    }
    return ids;
  }

  /**
   * Takes up to `slots` runnable runs of one function under its concurrency limits. Claimers of one
   * function take turns (a transaction-scoped advisory lock), so two instances never both fill
   * the last slot; candidates are ranked per key first, so a workspace with a thousand queued runs
   * cannot push another workspace's single run out of the window.
   */
  async claim(plan: FunctionPlan, slots: number, now: Date, leaseMs: number): Promise<ClaimedRun[]> {
    if (slots <= 0) return [];
    return this.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`tessera.jobs:${plan.id}`}))`);
      const running = await queryRows<{ key: string | null; n: number }>(
        db,
        sql`select concurrency_key as key, count(*)::int as n from job_runs
            where function_id = ${plan.id} and status = 'running' and lease_expires_at > ${iso(now)}::timestamptz
            group by concurrency_key`,
      );
      const claimable = sql`(status in ('queued', 'sleeping') or (status = 'running' and lease_expires_at <= ${iso(now)}::timestamptz))`;
      const busy = new Map(running.map((r) => [r.key ?? '', r.n]));
      const fnFree = Math.min(slots, plan.limit - running.reduce((sum, r) => sum + r.n, 0));
      if (fnFree <= 0) return [];
      const keyLimit = plan.key?.limit ?? plan.limit;
      const candidates = await queryRows<{ id: string; key: string | null }>(
        db,
        sql`select id, key from (
              select id, concurrency_key as key, run_at, created_at,
                     row_number() over (partition by concurrency_key order by run_at, created_at) as rank
              from job_runs
              where function_id = ${plan.id} and run_at <= ${iso(now)}::timestamptz
                and ${claimable}
            ) c
            where rank <= ${keyLimit}
            order by rank, run_at, created_at
            limit ${fnFree * 4 + keyLimit}`,
      );
      const chosen: string[] = [];
      for (const candidate of candidates) {
        if (chosen.length >= fnFree) break;
        const key = candidate.key ?? '';
        const inUse = busy.get(key) ?? 0;
        if (plan.key && candidate.key !== null && inUse >= plan.key.limit) continue;
        busy.set(key, inUse + 1);
        chosen.push(candidate.id);
      }
      if (chosen.length === 0) return [];
      const ids = sql.join(chosen.map((id) => sql`${id}::uuid`), sql`, `);
      // A row being cancelled right now is skipped rather than waited for. The status is checked again
      // under the lock: a run cancelled or finished since the candidates were read must not run again.
      const locked = await queryRows<{ id: string }>(
        db,
        sql`select id from job_runs where id in (${ids}) and ${claimable} for update skip locked`,
      );
      if (locked.length === 0) return [];
      const lockedIds = sql.join(locked.map((r) => sql`${r.id}::uuid`), sql`, `);
      return queryRows<ClaimedRun & Record<string, unknown>>(
        db,
        sql`update job_runs set status = 'running', lease_owner = ${this.owner},
              lease_expires_at = ${iso(new Date(now.getTime() + leaseMs))}::timestamptz,
              started_at = coalesce(started_at, ${iso(now)}::timestamptz), updated_at = ${iso(now)}::timestamptz
            where id in (${lockedIds})
            returning id, function_id as "functionId", event, attempt, max_attempts as "maxAttempts", wait_step_id as "waitStepId"`,
      );
    });
  }

  /** Extends the lease; false when the run is no longer this holder's (cancelled or taken over). */
  async renewLease(runId: string, now: Date, leaseMs: number): Promise<boolean> {
    const rows = await queryRows(
      this.db,
      sql`update job_runs set lease_expires_at = ${iso(new Date(now.getTime() + leaseMs))}::timestamptz
          where id = ${runId} and lease_owner = ${this.owner} and status = 'running' returning id`,
    );
    return rows.length === 1;
  }

  async stillHeld(runId: string): Promise<boolean> {
    const rows = await queryRows(this.db, sql`select id from job_runs where id = ${runId} and lease_owner = ${this.owner} and status = 'running'`);
    return rows.length === 1;
  }

  /** The memoized steps in completion order. */
  async steps(runId: string): Promise<StoredStep[]> {
    return queryRows<StoredStep & Record<string, unknown>>(
      this.db,
      sql`select step_id as "stepId", output from job_run_steps where run_id = ${runId} order by ordinal`,
    );
  }

  /**
   * Records a finished step and resets the attempt counter, only while the lease is held. A step
   * recorded twice (a resumed run re-sending the same result) keeps the first output.
   */
  async saveStep(runId: string, step: { stepId: string; name?: string; output: string }, now: Date): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const held = await queryRows(
        db,
        sql`update job_runs set attempt = 0, error = null, wait_step_id = null, wait_event = null, wait_if = null, updated_at = ${iso(now)}::timestamptz
            where id = ${runId} and lease_owner = ${this.owner} and status = 'running' returning id`,
      );
      if (held.length === 0) return false;
      await db.execute(
        sql`insert into job_run_steps (run_id, step_id, name, ordinal, output, created_at)
            values (${runId}, ${step.stepId}, ${step.name ?? null},
                    (select coalesce(max(ordinal), -1) + 1 from job_run_steps where run_id = ${runId}), ${step.output}, ${iso(now)}::timestamptz)
            on conflict do nothing`,
      );
      return true;
    });
  }

  /** Hands the run back to the queue until `runAt` (a retry's backoff), with the error that caused it. */
  async retryLater(runId: string, attempt: number, error: string, runAt: Date, now: Date): Promise<boolean> {
    return this.release(runId, sql`status = 'queued', attempt = ${attempt}, error = ${error}, run_at = ${iso(runAt)}::timestamptz`, now);
  }

  /** Sleeps until `runAt`; the sleep's step is recorded now so the run continues past it on waking. */
  async sleep(runId: string, step: { stepId: string; name?: string }, runAt: Date, now: Date): Promise<boolean> {
    const saved = await this.saveStep(runId, { ...step, output: '{"type":"data","data":null}' }, now);
    return saved && this.release(runId, sql`status = 'sleeping', run_at = ${iso(runAt)}::timestamptz`, now);
  }

  /** Waits for an event until `timeoutAt`; a matching event (or the timeout) makes the run runnable. */
  async waitForEvent(runId: string, wait: { stepId: string; event: string; condition: string | null }, timeoutAt: Date, now: Date): Promise<boolean> {
    return this.release(
      runId,
      sql`status = 'sleeping', run_at = ${iso(timeoutAt)}::timestamptz, wait_step_id = ${wait.stepId}, wait_event = ${wait.event}, wait_if = ${wait.condition}`,
      now,
    );
  }

  /** Gives the run back to the queue as it is (a clean shutdown between steps). */
  async requeue(runId: string, attempt: number, now: Date): Promise<boolean> {
    return this.release(runId, sql`status = 'queued', attempt = ${attempt}, run_at = ${iso(now)}::timestamptz`, now);
  }

  async complete(runId: string, output: string, now: Date): Promise<boolean> {
    return this.release(runId, sql`status = 'completed', output = ${output}, ended_at = ${iso(now)}::timestamptz`, now);
  }

  async fail(runId: string, error: string, now: Date): Promise<boolean> {
    return this.release(runId, sql`status = 'failed', error = ${error}, ended_at = ${iso(now)}::timestamptz`, now);
  }

  private async release(runId: string, changes: ReturnType<typeof sql>, now: Date): Promise<boolean> {
    const rows = await queryRows(
      this.db,
      sql`update job_runs set ${changes}, lease_owner = null, lease_expires_at = null, updated_at = ${iso(now)}::timestamptz
          where id = ${runId} and lease_owner = ${this.owner} and status = 'running' returning id`,
    );
    return rows.length === 1;
  }

  /** Cancels an unfinished run (within a workspace when given); the holder notices before its next step. */
  async cancel(runId: string, now: Date, workspaceId?: string): Promise<boolean> {
    const scope = workspaceId === undefined ? sql`` : sql` and workspace_id = ${workspaceId}`;
    const rows = await queryRows(
      this.db,
      sql`update job_runs set status = 'cancelled', lease_owner = null, lease_expires_at = null,
            ended_at = ${iso(now)}::timestamptz, updated_at = ${iso(now)}::timestamptz
          where id = ${runId} and status in ('queued', 'running', 'sleeping')${scope} returning id`,
    );
    return rows.length === 1;
  }

  /** Unfinished runs of a function, for matching `cancelOn` events against their triggers. */
  async activeRuns(functionId: string, createdAfter?: Date): Promise<Array<{ id: string; event: string }>> {
    const after = createdAfter ? sql` and created_at >= ${iso(createdAfter)}::timestamptz` : sql``;
    return queryRows(
      this.db,
      sql`select id, event from job_runs where function_id = ${functionId} and status in ('queued', 'running', 'sleeping')${after}`,
    );
  }

  async waitingFor(eventName: string): Promise<Array<{ id: string; event: string; waitStepId: string; waitIf: string | null }>> {
    return queryRows(
      this.db,
      sql`select id, event, wait_step_id as "waitStepId", wait_if as "waitIf" from job_runs
          where wait_event = ${eventName} and status = 'sleeping'`,
    );
  }

  /** Delivers an awaited event: the wait's step gets the event and the run is runnable again. */
  async deliverEvent(runId: string, waitStepId: string, event: string, now: Date): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      const rows = await queryRows(
        db,
        sql`update job_runs set run_at = ${iso(now)}::timestamptz, wait_step_id = null, wait_event = null, wait_if = null, updated_at = ${iso(now)}::timestamptz
            where id = ${runId} and status = 'sleeping' and wait_step_id = ${waitStepId} returning id`,
      );
      if (rows.length === 0) return false;
      await db.execute(
        sql`insert into job_run_steps (run_id, step_id, ordinal, output, created_at)
            values (${runId}, ${waitStepId}, (select coalesce(max(ordinal), -1) + 1 from job_run_steps where run_id = ${runId}),
                    ${`{"type":"data","data":${event}}`}, ${iso(now)}::timestamptz)
            on conflict do nothing`,
      );
      return true;
    });
  }

  /**
   * On the embedded engine this process is the only one: a run still marked running was cut off
   * by the last stop, so it is claimable at once instead of after its lease runs out. Runs an
   * Inngest server drove (recorded when this database served one) are the server's, never resumed here.
   */
  async expireAllLeases(now: Date): Promise<number> {
    const rows = await queryRows(
      this.db,
      sql`update job_runs set lease_expires_at = ${iso(now)}::timestamptz
          where status = 'running' and lease_owner is distinct from ${SERVED_RUN_OWNER} returning id`,
    );
    return rows.length;
  }

  /**
   * The earliest moment after `now` a queued or sleeping run (or an expired lease) becomes claimable.
   * Runs already due but not claimed wait for a free slot, and the end of a run wakes the claimers.
   */
  async nextRunAt(functionIds: string[], now: Date): Promise<Date | null> {
    if (functionIds.length === 0) return null;
    const ids = sql.join(functionIds.map((id) => sql`${id}`), sql`, `);
    const [row] = await queryRows<{ at: string | Date | null }>(
      this.db,
      sql`select min(at) as at from (
            select case when status = 'running' then lease_expires_at else run_at end as at from job_runs
            where function_id in (${ids}) and status in ('queued', 'running', 'sleeping')
          ) due where at > ${iso(now)}::timestamptz`,
    );
    return row?.at ? new Date(row.at) : null;
  }
}
