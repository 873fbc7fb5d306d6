import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, jobRuns } from '@tessera/db';
import { createTestDatabase } from '@tessera/db/testing';
import { ServedRunLog, servedRunUuid } from './served-runs';
import { createTestJobRuntime } from './testing';

describe('runs recorded for an Inngest server', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  it('maps each Inngest run id to one stable uuid', () => {
    expect(servedRunUuid('01HZX')).toBe(servedRunUuid('01HZX'));
    expect(servedRunUuid('01HZX')).not.toBe(servedRunUuid('01HZY'));
    expect(servedRunUuid('01HZX')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('are never resumed by an in-process driver started later on the same database', async () => {
    const log = new ServedRunLog(database.db);
    await log.started({ inngestRunId: 'served-1', functionId: 'tessera-left-running', event: { name: 'test/left', data: {} }, attempt: 0, maxAttempts: 1 });
    const calls: string[] = [];
    const { runtime } = createTestJobRuntime(database, (client) => [
      client.createFunction({ id: 'left-running', triggers: [{ event: 'test/left' }] }, async () => {
        calls.push('ran');
      }),
    ]);
    await runtime.start();
    await runtime.runUntilIdle();
    await runtime.stop();
    expect(calls).toEqual([]);
    const [row] = await database.db.select().from(jobRuns).where(eq(jobRuns.id, servedRunUuid('served-1')));
    expect(row).toMatchObject({ status: 'running', leaseOwner: 'inngest-server', leaseExpiresAt: null });
  });
});
