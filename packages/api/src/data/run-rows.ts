import { and, eq, sql } from 'drizzle-orm';
import { conversations, type Database, messageFiles, messages, streamTasks, type Transaction } from '@tessera/db';
import { batcherFor } from './write-batches';

/** The rows that open one run: written together, before anything reads the run from the database. */
export interface RunRows {
  /** A new conversation; absent when the run continues `continued`. */
  conversation?: typeof conversations.$inferInsert;
  continued?: { workspaceId: string; conversationId: string; at: Date };
  message: typeof messages.$inferInsert;
  files: Array<typeof messageFiles.$inferInsert>;
  task: typeof streamTasks.$inferInsert;
}

/** Writes the rows of several runs with one INSERT per table (and one UPDATE per continued conversation). */
export async function insertRunRows(tx: Transaction, runs: RunRows[]): Promise<void> {
  const created = runs.flatMap((run) => (run.conversation ? [run.conversation] : []));
  if (created.length > 0) await tx.insert(conversations).values(created);
  const continued = new Map<string, { workspaceId: string; turns: number; at: Date }>();
  for (const { continued: turn } of runs) {
    if (!turn) continue;
    const seen = continued.get(turn.conversationId);
    continued.set(turn.conversationId, { workspaceId: turn.workspaceId, turns: (seen?.turns ?? 0) + 1, at: seen && seen.at > turn.at ? seen.at : turn.at });
  }
  for (const [conversationId, { workspaceId, turns, at }] of continued) {
    await tx
      .update(conversations)
      .set({ dialogueCount: sql`${conversations.dialogueCount} + ${turns}`, updatedAt: at })
      .where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, workspaceId)));
  }
  await tx.insert(messages).values(runs.map((run) => run.message));
  const files = runs.flatMap((run) => run.files);
  if (files.length > 0) await tx.insert(messageFiles).values(files);
  await tx.insert(streamTasks).values(runs.map((run) => run.task));
}

const RUN_ROWS = Symbol('run rows');

/**
 * Opens runs in batches: runs arriving while the previous batch is written (or in the same tick)
 * share one transaction, so fifty concurrent runs cost a handful of statements, not fifty
 * transactions; a run whose rows fail fails alone.
 */
export function writeRunRows(db: Database, rows: RunRows): Promise<void> {
  return batcherFor<RunRows>(db, RUN_ROWS, (runs) => db.transaction((tx) => insertRunRows(tx, runs))).write(rows);
}
