import { type Database, modelUsage } from '@tessera/db';
import { type UsageRecord } from '@tessera/model-runtime';
import { batcherFor } from './write-batches';

const MODEL_USAGE = Symbol('model usage');

/**
 * The runtime's `onUsage`: one row per model call, success or failure. Calls that end together
 * share one INSERT.
 */
export function recordModelUsage(db: Database, record: UsageRecord): Promise<void> {
  return batcherFor<UsageRecord>(db, MODEL_USAGE, async (records) => void (await db.insert(modelUsage).values(records.map(usageRow)))).write(record);
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
