import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, jobRuns } from '@tessera/db';
import { createTestDatabase } from '@tessera/db/testing';
import { PER_WORKSPACE } from '../events';
import { createTestJobRuntime } from '../testing';

/** A promise the test resolves by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!check()) throw new Error('condition never became true');
}

describe('concurrency and recovery', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  it('limits runs per workspace, so one workspace flooding the queue does not hold back another', async () => {
    const release = gate();
    const running = new Map<string, number>();
    const most = new Map<string, number>();
    const started: string[] = [];
    const { runtime } = createTestJobRuntime(
      database,
      (client) => [
        client.createFunction(
          { id: 'per-workspace', concurrency: [{ limit: 3 }, { key: PER_WORKSPACE, limit: 1 }], triggers: [{ event: 'test/work' }] },
          async ({ step, event }) => {
            const ws = (event.data as { workspace_id: string }).workspace_id;
            await step.run('work', async () => {
              started.push(ws);
              running.set(ws, (running.get(ws) ?? 0) + 1);
              most.set(ws, Math.max(most.get(ws) ?? 0, running.get(ws)!));
              await release.opened;
              running.set(ws, running.get(ws)! - 1);
            });
          },
        ),
      ],
      { capacity: 4 },
    );
    await runtime.send(Array.from({ length: 6 }, () => ({ name: 'test/work', data: { workspace_id: 'flood' } })));
    await runtime.send({ name: 'test/work', data: { workspace_id: 'quiet' } });
    const idle = runtime.runUntilIdle();
    await until(() => started.includes('quiet'));
    expect(started.filter((ws) => ws === 'flood')).toHaveLength(1);
    release.open();
    await idle;
    expect(started.filter((ws) => ws === 'flood')).toHaveLength(6);
    expect(most.get('flood')).toBe(1);
    const statuses = await database.db.select({ status: jobRuns.status }).from(jobRuns).where(eq(jobRuns.functionId, 'tessera-per-workspace'));
    expect(statuses.every((r) => r.status === 'completed')).toBe(true);
    await runtime.stop();
  });

  it('holds a workspace to its limit across two instances sharing the database', async () => {
    const release = gate();
    let running = 0;
    let most = 0;
    const define = (client: Parameters<Parameters<typeof createTestJobRuntime>[1]>[0]) => [
      client.createFunction(
        { id: 'shared', concurrency: [{ key: PER_WORKSPACE, limit: 1 }], triggers: [{ event: 'test/shared' }] },
        async ({ step }) => {
          await step.run('work', async () => {
            running += 1;
            most = Math.max(most, running);
            await release.opened;
            running -= 1;
          });
        },
      ),
    ];
    const a = createTestJobRuntime(database, define, { capacity: 2 }).runtime;
    const b = createTestJobRuntime(database, define, { capacity: 2 }).runtime;
    await a.send(Array.from({ length: 4 }, () => ({ name: 'test/shared', data: { workspace_id: 'one' } })));
    const both = Promise.all([a.runUntilIdle(), b.runUntilIdle()]);
    await until(() => running === 1);
    release.open();
    await both;
    expect(most).toBe(1);
    const statuses = await database.db.select({ status: jobRuns.status }).from(jobRuns).where(eq(jobRuns.functionId, 'tessera-shared'));
    expect(statuses.map((r) => r.status)).toEqual(['completed', 'completed', 'completed', 'completed']);
    await a.stop();
    await b.stop();
  });

  it('wakes an idle instance with a notification when another one queues work', { timeout: 60_000 }, async () => {
    const done: string[] = [];
    const define = (client: Parameters<Parameters<typeof createTestJobRuntime>[1]>[0]) => [
      client.createFunction({ id: 'notified', triggers: [{ event: 'test/notified' }] }, async ({ step }) => {
        await step.run('only', () => done.push('only'));
      }),
    ];
    // The worker polls once an hour, so only the NOTIFY can make it claim the run.
    const worker = createTestJobRuntime(database, define, { pollIntervalMs: 3_600_000 }).runtime;
    const sender = createTestJobRuntime(database, define).runtime;
    await worker.start();
    await sender.send({ name: 'test/notified', data: {} });
    await until(() => done.length === 1);
    await worker.stop();
    await sender.stop();
  });

  it('renews the lease while a long step runs, so no other instance takes the run over', { timeout: 60_000 }, async () => {
    const calls: string[] = [];
    const define = (client: Parameters<Parameters<typeof createTestJobRuntime>[1]>[0]) => [
      client.createFunction({ id: 'long-step', triggers: [{ event: 'test/long-step' }] }, async ({ step }) => {
        await step.run('slow', async () => {
          calls.push('slow');
          // Longer than the lease: without renewal the lease would lapse half-way.
          await new Promise((resolve) => setTimeout(resolve, 2500));
        });
      }),
    ];
    const holder = createTestJobRuntime(database, define, { leaseMs: 1500 }).runtime;
    const rival = createTestJobRuntime(database, define, { leaseMs: 1500 }).runtime;
    await holder.send({ name: 'test/long-step', data: {} });
    const holding = holder.runUntilIdle();
    await until(() => calls.length === 1);
    let finished = false;
    void holding.then(() => (finished = true));
    while (!finished) {
      await rival.runUntilIdle();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(calls).toEqual(['slow']);
    const [run] = await database.db.select().from(jobRuns).where(eq(jobRuns.functionId, 'tessera-long-step'));
    expect(run!.status).toBe('completed');
    await holder.stop();
    await rival.stop();
  });

  it('keeps a function under its own limit across keys', async () => {
    const release = gate();
    let running = 0;
    let most = 0;
    const { runtime } = createTestJobRuntime(
      database,
      (client) => [
        client.createFunction({ id: 'limited', concurrency: 2, triggers: [{ event: 'test/limited' }] }, async ({ step }) => {
          await step.run('work', async () => {
            running += 1;
            most = Math.max(most, running);
            await release.opened;
            running -= 1;
          });
        }),
      ],
      { capacity: 4 },
    );
    await runtime.send(Array.from({ length: 5 }, (_, i) => ({ name: 'test/limited', data: { i } })));
    const idle = runtime.runUntilIdle();
    await until(() => running === 2);
    release.open();
    await idle;
    expect(most).toBe(2);
    await runtime.stop();
  });

  it('takes over a run whose holder died once its lease has run out', async () => {
    const calls: string[] = [];
    const define = (client: Parameters<Parameters<typeof createTestJobRuntime>[1]>[0]) => [
      client.createFunction({ id: 'orphan', triggers: [{ event: 'test/orphan' }] }, async ({ step }) => {
        await step.run('one', () => calls.push('one'));
        await step.run('two', () => calls.push('two'));
      }),
    ];
    const { runtime, clock } = createTestJobRuntime(database, define, { leaseMs: 60_000 });
    await runtime.send({ name: 'test/orphan', data: {} });
    const [run] = await database.db.select().from(jobRuns).where(eq(jobRuns.functionId, 'tessera-orphan'));
    // Another process claimed it and died: its lease is still good for a minute.
    await database.db
      .update(jobRuns)
      .set({ status: 'running', leaseOwner: 'dead-process', leaseExpiresAt: new Date(clock.now().getTime() + 60_000) })
      .where(eq(jobRuns.id, run!.id));
    await runtime.runUntilIdle();
    expect(calls).toEqual([]);
    expect((await database.db.select().from(jobRuns).where(eq(jobRuns.id, run!.id)))[0]!.status).toBe('running');
    clock.advance(60_000);
    await runtime.runUntilIdle();
    expect(calls).toEqual(['one', 'two']);
    expect((await database.db.select().from(jobRuns).where(eq(jobRuns.id, run!.id)))[0]).toMatchObject({ status: 'completed', leaseOwner: null });
    await runtime.stop();
  });

  it('on a clean stop, finishes the step in progress and hands the run back to the queue for the next start', async () => {
    const release = gate();
    const calls: string[] = [];
    const define = (client: Parameters<Parameters<typeof createTestJobRuntime>[1]>[0]) => [
      client.createFunction({ id: 'interrupted', triggers: [{ event: 'test/interrupted' }] }, async ({ step }) => {
        await step.run('one', async () => {
          calls.push('one');
          await release.opened;
        });
        await step.run('two', () => calls.push('two'));
      }),
    ];
    const first = createTestJobRuntime(database, define).runtime;
    await first.send({ name: 'test/interrupted', data: {} });
    await first.start();
    await until(() => calls.length === 1);
    const stopping = first.stop();
    release.open();
    await stopping;
    const [run] = await database.db.select().from(jobRuns).where(eq(jobRuns.functionId, 'tessera-interrupted'));
    expect(run).toMatchObject({ status: 'queued', leaseOwner: null });
    expect(calls).toEqual(['one']);

    const second = createTestJobRuntime(database, define).runtime;
    await second.runUntilIdle();
    expect(calls).toEqual(['one', 'two']);
    await second.stop();
  });

  it('on the embedded engine, resumes at start every run the last stop left running, without waiting for its lease', async () => {
    if (database.driver !== 'pglite') return;
    const calls: string[] = [];
    const { runtime } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'cut-off', triggers: [{ event: 'test/cut-off' }] }, async ({ step }) => {
        await step.run('only', () => calls.push('only'));
      }),
    ]);
    await runtime.send({ name: 'test/cut-off', data: {} });
    await database.db
      .update(jobRuns)
      .set({ status: 'running', leaseOwner: 'previous-process', leaseExpiresAt: new Date(Date.now() + 3_600_000) })
      .where(eq(jobRuns.functionId, 'tessera-cut-off'));
    await runtime.start();
    let status = '';
    for (let i = 0; i < 2000 && status !== 'completed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      [{ status }] = (await database.db.select({ status: jobRuns.status }).from(jobRuns).where(eq(jobRuns.functionId, 'tessera-cut-off'))) as [
        { status: string },
      ];
    }
    await runtime.stop();
    expect(status).toBe('completed');
    expect(calls).toEqual(['only']);
  });
});
