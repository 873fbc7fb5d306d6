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
    const steps = await database.db.select().from(jobRunSteps).where(eq(jobRunSteps.runId, run!.id));
    expect(steps.sort((x, y) => x.ordinal - y.ordinal).map((s) => [s.name, s.output])).toEqual([
      ['first', '{"type":"data","data":{"n":2}}'],
      ['second', '{"type":"data","data":20}'],
      ['third', '{"type":"data","data":null}'],
    ]);
    await runtime.stop();
  });
});
