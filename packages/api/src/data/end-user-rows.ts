import { sql } from 'drizzle-orm';
import { type Database, type EndUser, endUsers } from '@tessera/db';
import { batcherFor } from './write-batches';

export type NewEndUser = typeof endUsers.$inferInsert;

const END_USERS = Symbol('end users');

/**
 * Creates the end user a row names, or re-types the one the app already has under its session id,
 * and answers the stored row. First requests of many new end users arriving together share one
 * statement: on the embedded engine each statement waits behind every queued write, and a run
 * cannot start before its end user exists.
 */
export function upsertEndUserRow(db: Database, row: NewEndUser): Promise<EndUser> {
  return batcherFor<NewEndUser, EndUser>(db, END_USERS, (rows) => upsertEndUserRows(db, rows)).write(row);
}

const sessionKey = (row: { appId: string; sessionId: string }) => `${row.appId}\u0000${row.sessionId}`;

/** One INSERT … ON CONFLICT for all `rows`; answers each row's stored end user, in order. */
export async function upsertEndUserRows(db: Database, rows: NewEndUser[]): Promise<EndUser[]> {
  // Postgres refuses to update one row twice in a statement: the last values for a session id win,
  // and a caller that wanted other values sees the row differ and asks again.
  const distinct = new Map(rows.map((row) => [sessionKey(row), row]));
  const stored = await db
    .insert(endUsers)
    .values([...distinct.values()])
    .onConflictDoUpdate({
      target: [endUsers.appId, endUsers.sessionId],
      set: { type: sql`excluded.type`, updatedAt: sql`now()` },
    })
    .returning();
  const bySession = new Map(stored.map((row) => [sessionKey(row), row]));
  return rows.map((row) => bySession.get(sessionKey(row))!);
}
