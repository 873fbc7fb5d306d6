import { sql } from 'drizzle-orm';
import { type Database, type StreamTaskStatus, streamTasks } from '@tessera/db';
import { type ArrayElement, type ArrayElementType, arrayParam } from './array-params';

export interface TaskFinish {
  id: string;
  status: Exclude<StreamTaskStatus, 'running'>;
  lastSeq: number;
  finishedAt: Date;
  expiresAt: Date;
}

/**
 * Marks tasks finished with one UPDATE over a parameter per column (like the other batched writes): fifty answers ending together would otherwise cost fifty
 * statements, each holding the embedded engine's only thread while new runs wait for theirs.
 * The ids are those of tasks this process started (random uuids), as in the hub's other task writes.
 */
export async function markTasksFinished(db: Database, finishes: TaskFinish[]): Promise<void> {
  const column = (type: ArrayElementType, value: (finish: TaskFinish) => ArrayElement) => arrayParam(finishes.map(value), type);
  await db.execute(sql`
    update ${streamTasks}
    set status = finished.status, last_seq = finished.last_seq, finished_at = finished.finished_at, expires_at = finished.expires_at
    from unnest(
      ${column('uuid', (finish) => finish.id)},
      ${column('text', (finish) => finish.status)},
      ${column('integer', (finish) => finish.lastSeq)},
      ${column('timestamptz', (finish) => finish.finishedAt.toISOString())},
      ${column('timestamptz', (finish) => finish.expiresAt.toISOString())}
    ) as finished (id, status, last_seq, finished_at, expires_at)
    where ${streamTasks.id} = finished.id`);
}
