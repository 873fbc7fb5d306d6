import { describe, expect, it } from 'vitest';
import { type Database } from '@tessera/db';
import { batcherFor, settleAllBatches, WriteBatcher } from './write-batches';

function recorder(failOn?: string) {
  const batches: string[][] = [];
  const write = async (items: string[]) => {
    batches.push(items);
    if (failOn && items.includes(failOn)) throw new Error(`cannot write ${failOn}`);
  };
  return { batches, write };
}

describe('WriteBatcher', () => {
  it('writes what arrives in the same tick as one batch', async () => {
    const { batches, write } = recorder();
    const batcher = new WriteBatcher(write);
    await Promise.all(['a', 'b', 'c'].map((item) => batcher.write(item)));
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('retries a failed batch item by item, so only the bad item fails', async () => {
    const { batches, write } = recorder('bad');
    const batcher = new WriteBatcher(write);
    const results = await Promise.allSettled(['a', 'bad', 'c'].map((item) => batcher.write(item)));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });

  it('with a delay, waits for more items, writes early once flushAt are waiting, and settles on demand', async () => {
    const { batches, write } = recorder();
    const batcher = new WriteBatcher(write, { delayMs: 60_000, flushAt: 3 });
    void batcher.write('a');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(batches).toEqual([]);
    await Promise.all([batcher.write('b'), batcher.write('c')]);
    expect(batches).toEqual([['a', 'b', 'c']]);

    void batcher.write('d');
    await batcher.settled();
    expect(batches).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('answers each write with the result for its own item, also when the batch is retried item by item', async () => {
    const batches: string[][] = [];
    const batcher = new WriteBatcher<string, string>(async (items) => {
      batches.push(items);
      if (items.includes('bad')) throw new Error('cannot write bad');
      return items.map((item) => item.toUpperCase());
    });
    expect(await Promise.all(['a', 'b'].map((item) => batcher.write(item)))).toEqual(['A', 'B']);
    const results = await Promise.allSettled(['c', 'bad', 'd'].map((item) => batcher.write(item)));
    expect(results).toEqual([
      { status: 'fulfilled', value: 'C' },
      { status: 'rejected', reason: new Error('cannot write bad') },
      { status: 'fulfilled', value: 'D' },
    ]);
    expect(batches).toEqual([['a', 'b'], ['c', 'bad', 'd'], ['c'], ['bad'], ['d']]);
  });

  it("settles every batch of a database at once, long delays included, and leaves other databases' batches alone", async () => {
    const db = {} as Database;
    const other = {} as Database;
    const first = recorder();
    const second = recorder();
    const elsewhere = recorder();
    const minute = { delayMs: 60_000 };
    void batcherFor(db, Symbol('first'), first.write, minute).write('a');
    void batcherFor(db, Symbol('second'), second.write, minute).write('b');
    void batcherFor(other, Symbol('elsewhere'), elsewhere.write, minute).write('c');
    await settleAllBatches(db);
    expect([first.batches, second.batches, elsewhere.batches]).toEqual([[['a']], [['b']], []]);
    await settleAllBatches(other);
    expect(elsewhere.batches).toEqual([['c']]);
  });
});
