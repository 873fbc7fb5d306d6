import { sql } from 'drizzle-orm';
import { type Database, type PubSub, type StreamTaskStatus, streamTasks } from '@tessera/db';
import { announceLastSeqs } from './event-writer';

export interface TaskFinish {
  id: string;
  status: Exclude<StreamTaskStatus, 'running'>;
  lastSeq: number;
  finishedAt: Date;
  expiresAt: Date;
}

/**
 * Marks tasks finished with one UPDATE, then tells readers elsewhere with one NOTIFY: fifty answers
 * ending together would otherwise cost a hundred statements, each holding the embedded engine's
 * only thread while new runs wait for theirs.
 */
export async function writeTaskFinishes(db: Database, pubsub: PubSub, finishes: TaskFinish[]): Promise<void> {
  const values = sql.join(
    finishes.map(
      (finish) =>
        sql`(${finish.id}::uuid, ${finish.status}::text, ${finish.lastSeq}::integer, ${finish.finishedAt.toISOString()}::timestamptz, ${finish.expiresAt.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    update ${streamTasks}
    set status = finished.status, last_seq = finished.last_seq, finished_at = finished.finished_at, expires_at = finished.expires_at
    from (values ${values}) as finished (id, status, last_seq, finished_at, expires_at)
    where ${streamTasks.id} = finished.id`);
  // The rows are written: a reader that misses this NOTIFY sees them at its next poll.
  await announceLastSeqs(
    pubsub,
    finishes.map((finish) => [finish.id, finish.lastSeq]),
  ).catch(() => undefined);
}
