import { sql } from 'drizzle-orm';
import { type Database, type PubSub, streamEvents } from '@tessera/db';
import { arrayParam } from '../data/array-params';
import { type Logger } from '../logger';

/** Other instances hear `<task id>:<last seq>,…` here when a task's events reach the database. */
export const STREAM_EVENTS_CHANNEL = 'tessera_stream_events';

const ROWS_PER_INSERT = 500;
/** NOTIFY payloads must stay under 8000 bytes. */
const NOTIFY_PAYLOAD_LIMIT = 7_000;

interface PendingEvent {
  taskId: string;
  seq: number;
  json: string;
}

/**
 * Writes stream events to Postgres in batches: every event of every task that arrived within one
 * interval goes in one INSERT, so fifty streaming answers cost a few statements a second, not one
 * per token. Writes run one after another, in order; `flush()` waits for everything added so far.
 */
export class EventWriter {
  private pending: PendingEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  /** Resolves when the batch waiting for the timer is written. */
  private tick: { promise: Promise<void>; resolve(): void } | undefined;

  add(taskId: string, seq: number, json: string): void {
    this.pending.push({ taskId, seq, json });
    if (this.timer) return;
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    this.tick = { promise, resolve };
    this.timer = setTimeout(() => void this.flush(), this.intervalMs);
  }

  /**
   * Resolves once everything added so far is written, letting the pending batch wait for its
   * timer: tasks that finish together then share one INSERT instead of forcing one each.
   */
  settled(): Promise<void> {
    return this.tick ? this.tick.promise : this.chain;
  }

  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const tick = this.tick;
    this.tick = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 0) this.chain = this.chain.then(() => this.write(batch));
    if (tick) void this.chain.then(tick.resolve);
    return this.chain;
  }

  private async write(batch: PendingEvent[]): Promise<void> {
    try {
      for (let start = 0; start < batch.length; start += ROWS_PER_INSERT) {
        await insertEvents(this.db, batch.slice(start, start + ROWS_PER_INSERT));
      }
      await this.announce(batch);
    } catch (error) {
      // Live readers in this process still get every event; only resuming elsewhere loses these.
      this.logger.error('stream events not stored', { events: batch.length, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private announce(batch: PendingEvent[]): Promise<void> {
    const last = new Map<string, number>();
    for (const event of batch) last.set(event.taskId, Math.max(last.get(event.taskId) ?? 0, event.seq));
    return announceLastSeqs(this.pubsub, last);
  }
}

/**
 * One INSERT of three array parameters, whatever the number of rows: a multi-row VALUES list
 * costs the query builder work per row and parameter on the server's only thread.
 */
function insertEvents(db: Database, events: PendingEvent[]) {
  return db.execute(sql`
    insert into ${streamEvents} (task_id, seq, data)
    select * from unnest(${arrayParam(events.map((event) => event.taskId), 'uuid')}, ${arrayParam(events.map((event) => event.seq), 'integer')}, ${arrayParam(events.map((event) => event.json), 'text')})
    on conflict do nothing`);
}

/** Tells other instances the last stored sequence number of each task, in as few NOTIFYs as fit. */
export async function announceLastSeqs(pubsub: PubSub, lastSeqs: Iterable<[taskId: string, seq: number]>): Promise<void> {
  let payload = '';
  for (const [taskId, seq] of lastSeqs) {
    const entry = `${taskId}:${seq}`;
    if (payload && payload.length + entry.length + 1 > NOTIFY_PAYLOAD_LIMIT) {
      await pubsub.notify(STREAM_EVENTS_CHANNEL, payload);
      payload = '';
    }
    payload = payload ? `${payload},${entry}` : entry;
  }
  if (payload) await pubsub.notify(STREAM_EVENTS_CHANNEL, payload);
}
