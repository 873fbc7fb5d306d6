import { type Database } from '@tessera/db';

interface Pending<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * When a batch is written. Without a delay, everything added in the same tick (or while the
 * previous batch is being written) goes together; with one, the batch waits up to `delayMs` for
 * more, unless `flushAt` items are already waiting.
 */
export interface BatchTiming {
  delayMs?: number;
  flushAt?: number;
}

/**
 * Gathers writes into batches. On the embedded engine every statement holds the server's only
 * thread, so fifty runs that start or end together should cost a handful of statements, not fifty
 * transactions. A batch that fails is retried item by item, so one bad item fails alone.
 * `writeBatch` may answer one result per item, in the items' order (an upsert's rows, say); each
 * `write` then resolves to its own item's result.
 */
export class WriteBatcher<T, R = void> {
  private pending: Pending<T, R>[] = [];
  private scheduled = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly writeBatch: (items: T[]) => Promise<R[] | void>,
    private readonly timing: BatchTiming = {},
  ) {}

  write(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.timing.flushAt !== undefined && this.pending.length >= this.timing.flushAt) this.flushNow();
      else this.schedule();
    });
  }

  /** Resolves once everything added so far is written (or has failed), without waiting out a delay. */
  settled(): Promise<void> {
    if (this.pending.length > 0) this.flushNow();
    return this.chain;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    if (this.timing.delayMs) {
      this.timer = setTimeout(() => this.flushNow(), this.timing.delayMs);
      this.timer.unref?.();
    } else {
      setImmediate(() => this.flushNow());
    }
  }

  private flushNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.scheduled = false;
    // The batch is taken when the previous one is done, so what arrives meanwhile joins it.
    this.chain = this.chain.then(() => this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      const results = await this.writeBatch(batch.map((entry) => entry.item));
      batch.forEach((entry, index) => entry.resolve(results?.[index] as R));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const entry of batch) await this.writeBatch([entry.item]).then((results) => entry.resolve(results?.[0] as R), entry.reject);
    }
  }
}

/**
 * One batcher per database and kind of write, so that every request of a process shares its
 * batches while tests with a database each keep theirs apart.
 */
export function batcherFor<T, R = void>(
  db: Database,
  kind: symbol,
  writeBatch: (items: T[]) => Promise<R[] | void>,
  timing?: BatchTiming,
): WriteBatcher<T, R> {
  let kinds = batchers.get(db);
  if (!kinds) batchers.set(db, (kinds = new Map()));
  let batcher = kinds.get(kind) as WriteBatcher<T, R> | undefined;
  if (!batcher) kinds.set(kind, (batcher = new WriteBatcher(writeBatch, timing)));
  return batcher;
}

const batchers = new WeakMap<Database, Map<symbol, unknown>>();

/**
 * Resolves once every batch of `db` holds nothing unwritten: answers, run rows, end users, model
 * usage, key use, retrieval history. Closing a process waits for it, so only a killed one loses rows.
 */
export async function settleAllBatches(db: Database): Promise<void> {
  for (const batcher of batchers.get(db)?.values() ?? []) await (batcher as WriteBatcher<unknown, unknown>).settled();
}
