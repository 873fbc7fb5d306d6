import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Database, type DatabaseHandle, jobRuns } from '@tessera/db';
import { createTestDatabase } from '@tessera/db/testing';
import { createTestJobRuntime } from '../testing';
import { planFunction } from './function-plan';
import { RunStore } from './run-store';

describe('claiming under races', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  it('does not poll the database while a due run waits for a concurrency slot', { timeout: 30_000 }, async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const { runtime } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'one-at-a-time', concurrency: [{ limit: 1 }], triggers: [{ event: 'test/one' }] }, async ({ step }) => {
        await step.run('work', async () => {
          started += 1;
          await released;
        });
      }),
    ]);
    await runtime.send([{ name: 'test/one', data: {} }, { name: 'test/one', data: {} }]);
    const claims = vi.spyOn(RunStore.prototype, 'claim');
    await runtime.start();
    for (let i = 0; i < 400 && started === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(started).toBe(1);
    const before = claims.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The second run is due but blocked by the limit: nothing changes until the first one ends.
    expect(claims.mock.calls.length - before).toBeLessThanOrEqual(2);
    release();
    for (let i = 0; i < 1000 && started < 2; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(started).toBe(2);
    claims.mockRestore();
    await runtime.stop();
  });

  // PGlite has one connection, so a cancel cannot land inside another transaction there.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('keeps a run cancelled between the claim reading it and locking it cancelled', async () => {
    const { client } = createTestJobRuntime(database, () => []);
    const fn = client.createFunction({ id: 'raced', triggers: [{ event: 'test/raced' }] }, async () => null);
    const plan = planFunction(fn, client.id, 4);
    const canceller = new RunStore(database.db, 'canceller');
    const [runId] = await canceller.insertRuns(
      [{ functionId: plan.id, eventName: 'test/raced', event: '{}', workspaceId: null, concurrencyKey: null, maxAttempts: 3 }],
      new Date(),
    );
    // Runs the cancel on another connection just before the claim's fourth statement (the row lock).
    const racing = new Proxy(database.db, {
      get(target, property, receiver) {
        if (property !== 'transaction') return Reflect.get(target, property, receiver);
        return (work: (tx: Database) => Promise<unknown>) =>
          target.transaction(async (tx) => {
            let statements = 0;
            const wrapped = new Proxy(tx, {
              get(inner, key, innerReceiver) {
                if (key !== 'execute') return Reflect.get(inner, key, innerReceiver);
                return async (query: Parameters<Database['execute']>[0]) => {
                  statements += 1;
                  if (statements === 4) await canceller.cancel(runId!, new Date());
                  return inner.execute(query);
                };
              },
            });
            return work(wrapped as unknown as Database);
          });
      },
    }) as Database;
    const claimed = await new RunStore(racing, 'claimer').claim(plan, 4, new Date(), 60_000);
    expect(claimed).toEqual([]);
    const [row] = await database.db.select({ status: jobRuns.status }).from(jobRuns).where(eq(jobRuns.id, runId!));
    expect(row!.status).toBe('cancelled');
    await database.db.execute(sql`delete from job_runs where id = ${runId!}`);
  });
});
