import { type DatabaseHandle } from '@tessera/db';
import { type Inngest, type InngestFunction } from 'inngest';
import { createJobsClient } from '../client';
import { createJobRuntime, type JobRuntime } from '../runtime';

/** A clock tests move by hand, so sleeps and backoffs pass without waiting. */
export class ManualClock {
  private offset = 0;
  now = (): Date => new Date(Date.now() + this.offset);
  advance(ms: number): void {
    this.offset += ms;
  }
}

/** An in-process runtime over a test database, with a manual clock and a one-second backoff. */
export function createTestJobRuntime(
  database: DatabaseHandle,
  define: (client: Inngest) => InngestFunction.Any[],
  options: { clock?: ManualClock; capacity?: number; backoffMs?: (attempt: number) => number; leaseMs?: number; pollIntervalMs?: number } = {},
): { runtime: JobRuntime; clock: ManualClock; client: Inngest } {
  const clock = options.clock ?? new ManualClock();
  const quiet = { info: () => {}, warn: () => {}, error: () => {} };
  const client = createJobsClient({ mode: 'in-process' }, process.env.TEST_LOGS ? { ...console } : quiet);
  const runtime = createJobRuntime({
    database,
    client,
    functions: define(client),
    mode: 'in-process',
    logger: process.env.TEST_LOGS ? { info: console.log, error: console.error } : { info: () => {}, error: () => {} },
    driver: { now: clock.now, capacity: options.capacity, backoffMs: options.backoffMs ?? (() => 1000), leaseMs: options.leaseMs, pollIntervalMs: options.pollIntervalMs },
  });
  return { runtime, clock, client };
}
export { playServedRun, type PlayedRun } from './play-served-run';
