import { sql } from 'drizzle-orm';
import { type Database, modelUsage } from '@tessera/db';
import { type UsageRecord } from '@tessera/model-runtime';
import { type ArrayElement, type ArrayElementType, arrayParam } from './array-params';
import { batcherFor } from './write-batches';

const MODEL_USAGE = Symbol('model usage');

/**
 * Calls are gathered into one INSERT at most this long after the first of them, or sooner when
 * this many are waiting: on the embedded engine a statement per call would be paid by the next
 * request (a hit test with a new query embeds it, then searches behind the usage insert).
 */
const FLUSH_DELAY_MS = 200;
const FLUSH_AT = 100;

/**
 * The runtime's `onUsage`, one row per model call, success or failure. The runtime hands a record
 * over without waiting, so the answer goes out first and the rows follow, the calls of the last
 * moment in one statement. A write that fails rejects `record`'s promise, which the runtime passes
 * to `onUsageError` (logged). Reads of usage in this process call `settled()` first, so a client
 * sees its own calls; closing the app settles too, so only a killed process can lose rows.
 */
export interface ModelUsageRecorder {
  record(record: UsageRecord): Promise<void>;
  /** Resolves once every record handed over so far is written (or its failure reported). */
  settled(): Promise<void>;
}

/** The recorder of one database handle, shared by every request and runtime using it. */
export function modelUsageRecorder(db: Database): ModelUsageRecorder {
  const batcher = batcherFor<UsageRecord>(db, MODEL_USAGE, async (records) => void (await insertUsage(db, records)), {
    delayMs: FLUSH_DELAY_MS,
    flushAt: FLUSH_AT,
  });
  return { record: (record) => batcher.write(record), settled: () => batcher.settled() };
}

/**
 * One INSERT of a parameter per column, whatever the number of calls: drizzle's multi-row VALUES
 * would build eighteen parameters a row on the server's only thread.
 */
function insertUsage(db: Database, records: UsageRecord[]) {
  const column = (type: ArrayElementType, value: (record: UsageRecord) => ArrayElement) => arrayParam(records.map(value), type);
  return db.execute(sql`
    insert into ${modelUsage} (workspace_id, provider, model_name, model_type, caller_type, caller_id, user_id, prompt_tokens,
      completion_tokens, total_tokens, prompt_price, completion_price, total_price, currency, latency_ms, time_to_first_token_ms,
      status, error_code)
    select * from unnest(
      ${column('uuid', (record) => record.caller.workspaceId)},
      ${column('text', (record) => record.provider)},
      ${column('text', (record) => record.model)},
      ${column('text', (record) => record.modelType)},
      ${column('text', (record) => record.caller.type)},
      ${column('text', (record) => record.caller.id ?? null)},
      ${column('text', (record) => record.caller.userId ?? null)},
      ${column('integer', (record) => record.promptTokens)},
      ${column('integer', (record) => record.completionTokens)},
      ${column('integer', (record) => record.totalTokens)},
      ${column('numeric', (record) => record.promptPrice)},
      ${column('numeric', (record) => record.completionPrice)},
      ${column('numeric', (record) => record.totalPrice)},
      ${column('text', (record) => record.currency)},
      ${column('integer', (record) => Math.round(record.latencyMs))},
      ${column('integer', (record) => (record.timeToFirstTokenMs === undefined ? null : Math.round(record.timeToFirstTokenMs)))},
      ${column('text', (record) => record.status)},
      ${column('text', (record) => record.errorCode ?? null)}
    )`);
}
