import { type Database, modelUsage } from '@tessera/db';
import { type UsageRecord } from '@tessera/model-runtime';
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
  const batcher = batcherFor<UsageRecord>(db, MODEL_USAGE, async (records) => void (await db.insert(modelUsage).values(records.map(usageRow))), {
    delayMs: FLUSH_DELAY_MS,
    flushAt: FLUSH_AT,
  });
  return { record: (record) => batcher.write(record), settled: () => batcher.settled() };
}

function usageRow(record: UsageRecord): typeof modelUsage.$inferInsert {
  return {
    workspaceId: record.caller.workspaceId,
    provider: record.provider,
    modelName: record.model,
    modelType: record.modelType,
    callerType: record.caller.type,
    callerId: record.caller.id ?? null,
    userId: record.caller.userId ?? null,
    promptTokens: record.promptTokens,
    completionTokens: record.completionTokens,
    totalTokens: record.totalTokens,
    promptPrice: record.promptPrice,
    completionPrice: record.completionPrice,
    totalPrice: record.totalPrice,
    currency: record.currency,
    latencyMs: Math.round(record.latencyMs),
    timeToFirstTokenMs: record.timeToFirstTokenMs === undefined ? null : Math.round(record.timeToFirstTokenMs),
    status: record.status,
    errorCode: record.errorCode ?? null,
  };
}
