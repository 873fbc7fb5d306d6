import { type Database } from '@tessera/db';

interface Pending<T> {
  item: T;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Gathers writes into batches: every item added while the previous batch is being written (or in
 * the same tick) goes into the next one. On the embedded engine every statement holds the server's
 * only thread, so fifty runs that start or end together should cost a handful of statements, not
 * fifty transactions. A batch that fails is retried item by item, so one bad item fails alone.
 */
export class WriteBatcher<T> {
  private pending: Pending<T>[] = [];
  private scheduled = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly writeBatch: (items: T[]) => Promise<void>) {}

  write(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => {
        this.chain = this.chain.then(() => this.flush());
      });
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    try {
      await this.writeBatch(batch.map((entry) => entry.item));
      for (const entry of batch) entry.resolve();
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const entry of batch) await this.writeBatch([entry.item]).then(entry.resolve, entry.reject);
    }
  }
}

/**
 * One batcher per database and kind of write, so that every request of a process shares its
 * batches while tests with a database each keep theirs apart.
 */
export function batcherFor<T>(db: Database, kind: symbol, writeBatch: (items: T[]) => Promise<void>): WriteBatcher<T> {
  let kinds = batchers.get(db);
  if (!kinds) batchers.set(db, (kinds = new Map()));
  let batcher = kinds.get(kind) as WriteBatcher<T> | undefined;
  if (!batcher) kinds.set(kind, (batcher = new WriteBatcher(writeBatch)));
  return batcher;
}

const batchers = new WeakMap<Database, Map<symbol, unknown>>();
