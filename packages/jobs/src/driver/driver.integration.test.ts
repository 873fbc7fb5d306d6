import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, jobRuns, jobRunSteps } from '@tessera/db';
import { createTestDatabase } from '@tessera/db/testing';
import { createTestJobRuntime } from '../testing';

describe('in-process driver', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  const runsOf = (functionId: string) => database.db.select().from(jobRuns).where(eq(jobRuns.functionId, functionId));
  const runById = async (id: string) => (await database.db.select().from(jobRuns).where(eq(jobRuns.id, id)))[0]!;
  const stepsOf = async (runId: string) =>
    (await database.db.select().from(jobRunSteps).where(eq(jobRunSteps.runId, runId))).sort((x, y) => x.ordinal - y.ordinal);

  it('runs a multi-step function with each step executed exactly once', async () => {
    const calls: string[] = [];
    const { runtime } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'three-steps', triggers: [{ event: 'test/three' }] }, async ({ step, event }) => {
        const a = await step.run('first', () => {
          calls.push('first');
          return { n: (event.data as { n: number }).n + 1 };
        });
        const b = await step.run('second', () => {
          calls.push('second');
          return a.n * 10;
        });
        await step.run('third', () => {
          calls.push('third');
        });
        return { total: b };
      }),
    ]);
    const { ids } = await runtime.send({ name: 'test/three', data: { n: 1 } });
    expect(ids).toHaveLength(1);
    await runtime.runUntilIdle();
    expect(calls).toEqual(['first', 'second', 'third']);
    const [run] = await runsOf('tessera-three-steps');
    expect(run).toMatchObject({ status: 'completed', output: '{"total":20}', error: null, leaseOwner: null });
    expect((await stepsOf(run!.id)).map((s) => [s.name, s.output])).toEqual([
      ['first', '{"type":"data","data":{"n":2}}'],
      ['second', '{"type":"data","data":20}'],
      ['third', '{"type":"data","data":null}'],
    ]);
    await runtime.stop();
  });

  it('retries a failing step after a backoff that grows with the attempt, then fails the run with the error', async () => {
    let tries = 0;
    const { runtime, clock } = createTestJobRuntime(
      database,
      (client) => [
        client.createFunction({ id: 'always-fails', retries: 2, triggers: [{ event: 'test/fail' }] }, async ({ step }) => {
          await step.run('flaky', () => {
            tries += 1;
            throw new Error(`boom ${tries}`);
          });
        }),
      ],
      { backoffMs: (attempt) => attempt * 60_000 },
    );
    await runtime.send({ name: 'test/fail', data: {} });
    await runtime.runUntilIdle();
    let [run] = await runsOf('tessera-always-fails');
    expect(tries).toBe(1);
    expect(run).toMatchObject({ status: 'queued', attempt: 1 });
    expect(run!.error).toContain('boom 1');

    clock.advance(59_000);
    await runtime.runUntilIdle();
    expect(tries).toBe(1);
    clock.advance(1_000);
    await runtime.runUntilIdle();
    expect(tries).toBe(2);
    [run] = await runsOf('tessera-always-fails');
    expect(run).toMatchObject({ status: 'queued', attempt: 2 });

    clock.advance(119_000);
    await runtime.runUntilIdle();
    expect(tries).toBe(2);
    clock.advance(1_000);
    await runtime.runUntilIdle();
    expect(tries).toBe(3);
    [run] = await runsOf('tessera-always-fails');
    expect(run!.status).toBe('failed');
    expect(run!.error).toContain('boom 3');
    expect(run!.endedAt).not.toBeNull();
    await runtime.stop();
  });

  it('retries an error thrown outside steps, and a NonRetriableError fails at once', async () => {
    let bodyRuns = 0;
    const { runtime, clock } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'body-error', retries: 1, triggers: [{ event: 'test/body' }] }, async ({ event }) => {
        bodyRuns += 1;
        if ((event.data as { fatal?: boolean }).fatal) {
          const { NonRetriableError } = await import('inngest');
          throw new NonRetriableError('not worth retrying');
        }
        throw new Error('body failed');
      }),
    ]);
    await runtime.send([{ name: 'test/body', data: {} }, { name: 'test/body', data: { fatal: true } }]);
    await runtime.runUntilIdle();
    const runs = await runsOf('tessera-body-error');
    const fatal = runs.find((r) => r.event.includes('fatal'))!;
    const plain = runs.find((r) => !r.event.includes('fatal'))!;
    expect(fatal.status).toBe('failed');
    expect(fatal.error).toContain('not worth retrying');
    expect(plain).toMatchObject({ status: 'queued', attempt: 1 });
    clock.advance(1_000);
    await runtime.runUntilIdle();
    expect((await runById(plain.id)).status).toBe('failed');
    expect(bodyRuns).toBe(3);
    await runtime.stop();
  });

  it('retries a step that threw RetryAfterError when it asked, not after the usual backoff', async () => {
    let tries = 0;
    const { runtime, clock } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'rate-limited', triggers: [{ event: 'test/rate-limited' }] }, async ({ step }) => {
        return step.run('call', async () => {
          tries += 1;
          const { RetryAfterError } = await import('inngest');
          if (tries === 1) throw new RetryAfterError('slow down', '10m');
          return 'through';
        });
      }),
    ]);
    await runtime.send({ name: 'test/rate-limited', data: {} });
    await runtime.runUntilIdle();
    clock.advance(599_000);
    await runtime.runUntilIdle();
    expect(tries).toBe(1);
    clock.advance(1_000);
    await runtime.runUntilIdle();
    expect(tries).toBe(2);
    expect((await runsOf('tessera-rate-limited'))[0]).toMatchObject({ status: 'completed', output: '"through"' });
    await runtime.stop();
  });

  it('sleeps until the time has come, then resumes after the steps already done', async () => {
    const calls: string[] = [];
    const { runtime, clock } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'sleeper', triggers: [{ event: 'test/sleep' }] }, async ({ step }) => {
        await step.run('before', () => calls.push('before'));
        await step.sleep('nap', '1h');
        await step.run('after', () => calls.push('after'));
        return 'rested';
      }),
    ]);
    await runtime.send({ name: 'test/sleep', data: {} });
    await runtime.runUntilIdle();
    let [run] = await runsOf('tessera-sleeper');
    expect(run!.status).toBe('sleeping');
    expect(calls).toEqual(['before']);
    clock.advance(3_599_000);
    await runtime.runUntilIdle();
    expect(calls).toEqual(['before']);
    clock.advance(1_000);
    await runtime.runUntilIdle();
    [run] = await runsOf('tessera-sleeper');
    expect(run).toMatchObject({ status: 'completed', output: '"rested"' });
    expect(calls).toEqual(['before', 'after']);
    await runtime.stop();
  });

  it('cancels a run by id before its next step, and only an unfinished one', async () => {
    const calls: string[] = [];
    // The run cancels itself from inside its first step: the second must never start.
    const own: { cancel?: () => Promise<boolean> } = {};
    const { runtime } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'cancellable', triggers: [{ event: 'test/cancel' }] }, async ({ step }) => {
        await step.run('first', async () => {
          calls.push('first');
          expect(await own.cancel!()).toBe(true);
        });
        await step.run('second', () => calls.push('second'));
      }),
    ]);
    await runtime.send({ name: 'test/cancel', data: {} });
    const [queued] = await runsOf('tessera-cancellable');
    own.cancel = () => runtime.cancel(queued!.id);
    await runtime.runUntilIdle();
    const run = await runById(queued!.id);
    expect(run.status).toBe('cancelled');
    expect(calls).toEqual(['first']);
    expect(await runtime.cancel(queued!.id)).toBe(false);
    expect(await runtime.cancel('not-a-uuid')).toBe(false);
    await runtime.stop();
  });

  it('cancels runs whose trigger matches a cancelOn event, and leaves the others', async () => {
    const { runtime, clock } = createTestJobRuntime(database, (client) => [
      client.createFunction(
        { id: 'stoppable', triggers: [{ event: 'test/start' }], cancelOn: [{ event: 'test/stop', match: 'data.key' }] },
        async ({ step }) => {
          await step.sleep('wait', '1h');
          return 'finished';
        },
      ),
    ]);
    await runtime.send([{ name: 'test/start', data: { key: 'a' } }, { name: 'test/start', data: { key: 'b' } }]);
    await runtime.runUntilIdle();
    await runtime.send({ name: 'test/stop', data: { key: 'a' } });
    clock.advance(3_600_000);
    await runtime.runUntilIdle();
    const runs = await runsOf('tessera-stoppable');
    const statusOf = (key: string) => runs.find((r) => r.event.includes(`"key":"${key}"`))!.status;
    expect(statusOf('a')).toBe('cancelled');
    expect(statusOf('b')).toBe('completed');
    await runtime.stop();
  });

  it('waits for a matching event, or gets null when the wait times out', async () => {
    const { runtime, clock } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'approval', triggers: [{ event: 'test/request' }] }, async ({ step }) => {
        const approved = await step.waitForEvent('approved', { event: 'test/approved', match: 'data.id', timeout: '1h' });
        return approved ? (approved.data as { by: string }).by : 'nobody';
      }),
    ]);
    await runtime.send([{ name: 'test/request', data: { id: 'x' } }, { name: 'test/request', data: { id: 'y' } }]);
    await runtime.runUntilIdle();
    const runs = await runsOf('tessera-approval');
    expect(runs.map((r) => [r.status, r.waitEvent])).toEqual([
      ['sleeping', 'test/approved'],
      ['sleeping', 'test/approved'],
    ]);
    await runtime.send({ name: 'test/approved', data: { id: 'x', by: 'ann' } });
    await runtime.runUntilIdle();
    const runX = runs.find((r) => r.event.includes('"id":"x"'))!;
    const runY = runs.find((r) => r.event.includes('"id":"y"'))!;
    expect(await runById(runX.id)).toMatchObject({ status: 'completed', output: '"ann"' });
    expect((await runById(runY.id)).status).toBe('sleeping');
    clock.advance(3_600_000);
    await runtime.runUntilIdle();
    expect(await runById(runY.id)).toMatchObject({ status: 'completed', output: '"nobody"' });
    await runtime.stop();
  });

  it('runs parallel steps once each and continues with their results', async () => {
    const calls: string[] = [];
    const { runtime } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'fan-out', triggers: [{ event: 'test/fan-out' }] }, async ({ step }) => {
        const [a, b] = await Promise.all([
          step.run('left', () => {
            calls.push('left');
            return 2;
          }),
          step.run('right', () => {
            calls.push('right');
            return 3;
          }),
        ]);
        return step.run('join', () => {
          calls.push('join');
          return a * b;
        });
      }),
    ]);
    await runtime.send({ name: 'test/fan-out', data: {} });
    await runtime.runUntilIdle();
    expect([...calls].sort()).toEqual(['join', 'left', 'right']);
    expect((await runsOf('tessera-fan-out'))[0]).toMatchObject({ status: 'completed', output: '6' });
    await runtime.stop();
  });

  it('starts the next function from a step.sendEvent, in-process', async () => {
    const received: unknown[] = [];
    const { runtime } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'producer', triggers: [{ event: 'test/produce' }] }, async ({ step }) => {
        await step.sendEvent('hand-over', { name: 'test/consume', data: { item: 7 } });
      }),
      client.createFunction({ id: 'consumer', triggers: [{ event: 'test/consume' }] }, async ({ event }) => {
        received.push(event.data);
        return 'consumed';
      }),
    ]);
    await runtime.send({ name: 'test/produce', data: {} });
    await runtime.runUntilIdle();
    expect(received).toEqual([{ item: 7 }]);
    expect((await runsOf('tessera-consumer'))[0]).toMatchObject({ status: 'completed', output: '"consumed"' });
    expect((await runsOf('tessera-producer'))[0]!.status).toBe('completed');
    await runtime.stop();
  });

  it('refuses an event whose data does not match its schema, queuing nothing', async () => {
    const { documentIndexRequested } = await import('../events');
    const { runtime } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'typed', triggers: [documentIndexRequested] }, async () => 'ok'),
    ]);
    await expect(runtime.send({ name: 'dataset/document.index.requested', data: { workspace_id: 'nope' } })).rejects.toThrow(/invalid data/);
    expect(await runsOf('tessera-typed')).toEqual([]);
    await runtime.stop();
  });
});
