import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { workspaces } from './workspaces';

export type JobRunStatus = 'queued' | 'running' | 'sleeping' | 'completed' | 'failed' | 'cancelled';

/**
 * One run of a background function (document indexing now, workflow runs next) driven in-process.
 * The driver claims a runnable row by taking its lease; a lease that expires without renewal means
 * its process died, and any instance may claim the run again and resume it at its next step.
 * JSON values are kept as text exactly as the SDK wrote them, so replaying them is byte-identical.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: id(),
    /** The Inngest function id, prefixed with the app id (`tessera-index-document`). */
    functionId: text().notNull(),
    eventName: text().notNull(),
    /** The whole triggering event (`{ name, data, id, ts }`) as JSON text. */
    event: text().notNull(),
    /** The workspace the run works for, from `event.data.workspace_id`; null for system work. */
    workspaceId: uuid().references(() => workspaces.id, { onDelete: 'cascade' }),
    /** The evaluated per-key concurrency key (e.g. the workspace id); null when the function has none. */
    concurrencyKey: text(),
    status: text().$type<JobRunStatus>().notNull().default('queued'),
    /** Attempt of the current step (or of the function body between steps), from 0. */
    attempt: integer().notNull().default(0),
    maxAttempts: integer().notNull(),
    /** The last error as serialized by the SDK (JSON text). */
    error: text(),
    /** The function's return value (JSON text). */
    output: text(),
    /** Not claimable before this: a sleep, a retry's backoff, a wait's timeout. */
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** A `step.waitForEvent` in progress: the step, the event name and its match expression. */
    waitStepId: text(),
    waitEvent: text(),
    waitIf: text(),
    leaseOwner: text(),
    leaseExpiresAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    startedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('job_runs_runnable_idx').on(t.functionId, t.status, t.runAt),
    index('job_runs_workspace_idx').on(t.workspaceId, t.createdAt),
    index('job_runs_waiting_idx').on(t.waitEvent),
  ],
);

/** A completed step of a run: the memo the SDK replays on every later request. */
export const jobRunSteps = pgTable(
  'job_run_steps',
  {
    runId: uuid()
      .notNull()
      .references(() => jobRuns.id, { onDelete: 'cascade' }),
    /** The SDK's hashed step id. */
    stepId: text().notNull(),
    /** The step's name as written in the function, for people reading the run. */
    name: text(),
    /** Completion order, which the SDK needs back as its `stack`. */
    ordinal: integer().notNull(),
    /** `{"type":"data","data":…}` or `{"type":"error","error":…}` as JSON text. */
    output: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.stepId] })],
);

export type JobRun = typeof jobRuns.$inferSelect;
export type JobRunStep = typeof jobRunSteps.$inferSelect;
