import { type PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from './client';
import { withEventLoopTurns } from './pglite-turns';

/** How many of `count` queued statements had finished when the event loop next polled. */
async function finishedBeforeLoopTurn(client: Pick<PGlite, 'query'>, count: number): Promise<number> {
  let finished = 0;
  let seen = -1;
  setImmediate(() => (seen = finished));
  await Promise.all(Array.from({ length: count }, () => client.query('select 1').then(() => (finished += 1))));
  await new Promise((resolve) => setImmediate(resolve));
  return seen;
}

describe('PGlite statements in event-loop turns', () => {
  let raw: PGlite;
  let client: PGlite;

  beforeAll(async () => {
    raw = await openPglite('memory://');
    client = withEventLoopTurns(raw);
  });
  afterAll(async () => raw?.close());

  it('lets the event loop poll between queued statements, where PGlite alone runs them all first', async () => {
    expect(await finishedBeforeLoopTurn(raw, 20)).toBe(20);
    expect(await finishedBeforeLoopTurn(client, 20)).toBeLessThan(2);
  });

  it('keeps statements and transactions in the order they were sent, and a failure fails alone', async () => {
    await client.query('create table turns (n integer)');
    const results = await Promise.allSettled([
      client.query('insert into turns values (1)'),
      client.transaction(async (tx) => {
        await tx.query('insert into turns values (2)');
        await tx.query('insert into turns values (3)');
      }),
      client.query('insert into missing_table values (0)'),
      client.query('insert into turns values (4)'),
      client.query<{ n: number }>('select n from turns order by n'),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const last = results[4] as PromiseFulfilledResult<{ rows: Array<{ n: number }> }>;
    expect(last.value.rows.map((row) => row.n)).toEqual([1, 2, 3, 4]);
  });
});
