import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations, messages } from '@tessera/db';
import { type LlmUsage } from '@tessera/model-runtime';
import { createTestApp, seedOwner, type TestApp } from '../../testing';
import { type AnswerRecord, saveAnswer } from './save-answer';

const usage = (tokens: number): LlmUsage => ({
  prompt_tokens: tokens,
  prompt_unit_price: '0.5',
  prompt_price_unit: '0.001',
  prompt_price: '0.0005',
  completion_tokens: tokens * 2,
  completion_unit_price: '1.5',
  completion_price_unit: '0.000001',
  completion_price: '0.003',
  total_tokens: tokens * 3,
  total_price: '0.0035',
  currency: 'USD',
  latency: 0.25,
});

describe('saving answers', () => {
  let app: TestApp;
  let workspaceId: string;
  let appId: string;
  let accountId: string;

  beforeAll(async () => {
    app = await createTestApp();
    const owner = await seedOwner(app);
    workspaceId = owner.workspaceId;
    accountId = owner.accountId;
    appId = (await app.request('POST', '/console/api/apps', { headers: owner.headers, json: { name: 'Answers', mode: 'chat' } })).body.id;
  });
  afterAll(async () => app?.close());

  async function openRun(): Promise<{ messageId: string; conversationId: string }> {
    const owned = { workspaceId, appId };
    const conversationId = randomUUID();
    const messageId = randomUUID();
    await app.deps.db.insert(conversations).values({ ...owned, id: conversationId, mode: 'chat', name: 'q', invokeFrom: 'service-api', fromSource: 'api' });
    await app.deps.db.insert(messages).values({ ...owned, id: messageId, conversationId, query: 'q', invokeFrom: 'service-api', fromSource: 'api' });
    return { messageId, conversationId };
  }

  function answer(run: { messageId: string; conversationId: string }, text: string, index: number): AnswerRecord {
    return {
      ...run,
      owner: { kind: 'account', accountId },
      answer: text,
      status: index % 2 === 0 ? 'normal' : 'error',
      error: index % 2 === 0 ? null : `failed, "badly" \\ ${index}`,
      usage: usage(index + 1),
      promptMessages: [{ role: 'user', content: `${text} \\u0000 stays as text` }],
      agentThoughts: [],
      metadata: { usage: usage(index + 1), retrieverResources: [{ content: text }], annotationReply: null },
      latency: 1.5 + index,
      timeToFirstToken: index % 2 === 0 ? 0.125 : null,
    };
  }

  it('writes answers ending together with one UPDATE, every field as given and U+0000 dropped', async () => {
    const texts = ['plain', 'a,b,"c"', 'back\\slash {NULL}', 'nul\u0000in the middle', 'emoji 🦜 ünïcødé\nnew line', ''];
    const runs = await Promise.all(texts.map(() => openRun()));
    let updates = 0;
    const stop = app.database.onWrite((table, statement) => void (table === 'messages' && statement === 'update' && updates++));
    await Promise.all(runs.map((run, index) => saveAnswer(app.deps, answer(run, texts[index]!, index))));
    stop();
    expect(updates).toBe(1);

    const rows = await app.deps.db.select().from(messages).where(inArray(messages.id, runs.map((run) => run.messageId)));
    const byId = new Map(rows.map((row) => [row.id, row]));
    runs.forEach((run, index) => {
      const row = byId.get(run.messageId)!;
      const text = texts[index]!.replaceAll('\u0000', '');
      expect(row).toMatchObject({
        answer: text,
        status: index % 2 === 0 ? 'normal' : 'error',
        error: index % 2 === 0 ? null : `failed, "badly" \\ ${index}`,
        message: [{ role: 'user', content: `${text} \\u0000 stays as text` }],
        messageTokens: index + 1,
        messageUnitPrice: '0.5',
        messagePriceUnit: '0.001',
        answerTokens: (index + 1) * 2,
        answerUnitPrice: '1.5',
        answerPriceUnit: '0.000001',
        totalPrice: '0.0035',
        currency: 'USD',
        providerResponseLatency: 1.5 + index,
        timeToFirstToken: index % 2 === 0 ? 0.125 : null,
      });
      expect(row.messageMetadata).toEqual({ usage: usage(index + 1), retriever_resources: [{ content: text }], annotation_reply: null });
      expect(row.updatedAt).toBeInstanceOf(Date);
    });
  });
});
