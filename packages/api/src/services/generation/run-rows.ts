import { eq, sql } from 'drizzle-orm';
import { conversations, type Database, messageFiles, messages, streamTasks, type Transaction } from '@tessera/db';

/** The rows that open one run: written together, before anything reads the run from the database. */
export interface RunRows {
  /** A new conversation; absent when the run continues `continued`. */
  conversation?: typeof conversations.$inferInsert;
  continued?: { conversationId: string; at: Date };
  message: typeof messages.$inferInsert;
  files: Array<typeof messageFiles.$inferInsert>;
  task: typeof streamTasks.$inferInsert;
}

/** Writes the rows of several runs with one INSERT per table (and one UPDATE per continued conversation). */
export async function insertRunRows(tx: Transaction, runs: RunRows[]): Promise<void> {
  const created = runs.flatMap((run) => (run.conversation ? [run.conversation] : []));
  if (created.length > 0) await tx.insert(conversations).values(created);
  const continued = new Map<string, { turns: number; at: Date }>();
  for (const { continued: turn } of runs) {
    if (!turn) continue;
    const seen = continued.get(turn.conversationId);
    continued.set(turn.conversationId, { turns: (seen?.turns ?? 0) + 1, at: seen && seen.at > turn.at ? seen.at : turn.at });
  }
  for (const [conversationId, { turns, at }] of continued) {
    await tx
      .update(conversations)
      .set({ dialogueCount: sql`${conversations.dialogueCount} + ${turns}`, updatedAt: at })
      .where(eq(conversations.id, conversationId));
  }
  await tx.insert(messages).values(runs.map((run) => run.message));
  const files = runs.flatMap((run) => run.files);
  if (files.length > 0) await tx.insert(messageFiles).values(files);
  await tx.insert(streamTasks).values(runs.map((run) => run.task));
}

interface Pending {
  rows: RunRows;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Opens runs in batches: every run that arrives while the previous batch is being written (or in
 * the same tick) goes into the next one, in one transaction. Fifty runs arriving together cost a
 * handful of statements instead of fifty transactions, which on the embedded engine each hold the
 * server's only thread. A batch that fails is retried run by run, so one bad run fails alone.
 */
export class RunRowWriter {
  private pending: Pending[] = [];
  private scheduled = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly db: Database) {}

  write(rows: RunRows): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ rows, resolve, reject });
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
      await this.db.transaction((tx) => insertRunRows(tx, batch.map((entry) => entry.rows)));
      for (const entry of batch) entry.resolve();
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const entry of batch) {
        await this.db.transaction((tx) => insertRunRows(tx, [entry.rows])).then(entry.resolve, entry.reject);
      }
    }
  }
}

/** One writer per database, so that every run of a process shares its batches. */
const writers = new WeakMap<Database, RunRowWriter>();

export function runRowWriter(db: Database): RunRowWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = new RunRowWriter(db);
    writers.set(db, writer);
  }
  return writer;
}
