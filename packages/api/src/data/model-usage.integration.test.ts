import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelUsage } from '@tessera/db';
import { type UsageRecord } from '@tessera/model-runtime';
import { createTestApp, seedOwner, type TestApp } from '../testing';
import { modelUsageRecorder } from './model-usage';

describe('recording model usage', () => {
  let app: TestApp;
  let workspaceId: string;

  beforeAll(async () => {
    app = await createTestApp();
    workspaceId = (await seedOwner(app)).workspaceId;
  });
  afterAll(async () => app?.close());

  const record = (index: number): UsageRecord => ({
    caller: index % 2 === 0 ? { workspaceId, type: 'app', id: `app,"${index}"`, userId: 'end\\user 🦜' } : { workspaceId, type: 'console' },
    provider: 'openai_api_compatible',
    model: `model {${index}}`,
    modelType: 'llm',
    promptTokens: index,
    completionTokens: index * 2,
    totalTokens: index * 3,
    promptPrice: '0.0000123',
    completionPrice: `${index}.5`,
    totalPrice: '12345.6789012',
    currency: 'USD',
    latencyMs: 12.6 + index,
    ...(index % 2 === 0 ? { timeToFirstTokenMs: 3.4 } : {}),
    status: index % 2 === 0 ? 'success' : 'error',
    ...(index % 2 === 0 ? {} : { errorCode: 'completion_request_error' as const }),
  });

  it('writes the calls of a moment with one INSERT, every field as reported', async () => {
    const recorder = modelUsageRecorder(app.deps.db);
    await recorder.settled();
    let inserts = 0;
    const stop = app.database.onWrite((table, statement) => void (table === 'model_usage' && statement === 'insert' && inserts++));
    await Promise.all(Array.from({ length: 6 }, (_, index) => recorder.record(record(index))));
    stop();
    expect(inserts).toBe(1);
    const rows = await app.deps.db.select().from(modelUsage).where(eq(modelUsage.workspaceId, workspaceId));
    const byModel = new Map(rows.map((row) => [row.modelName, row]));
    expect(rows).toHaveLength(6);
    for (let index = 0; index < 6; index++) {
      const even = index % 2 === 0;
      expect(byModel.get(`model {${index}}`)).toMatchObject({
        provider: 'openai_api_compatible',
        modelType: 'llm',
        callerType: even ? 'app' : 'console',
        callerId: even ? `app,"${index}"` : null,
        userId: even ? 'end\\user 🦜' : null,
        promptTokens: index,
        completionTokens: index * 2,
        totalTokens: index * 3,
        promptPrice: '0.0000123',
        completionPrice: `${index}.5000000`,
        totalPrice: '12345.6789012',
        currency: 'USD',
        latencyMs: Math.round(12.6 + index),
        timeToFirstTokenMs: even ? 3 : null,
        status: even ? 'success' : 'error',
        errorCode: even ? null : 'completion_request_error',
      });
    }
  });
});
