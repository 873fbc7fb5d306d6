import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations, messages, streamTasks } from '@tessera/db';
import { createTestApp, seedOwner, type TestApp } from '../testing';
import { WriteBatcher } from './write-batches';
import { insertRunRows, type RunRows } from './run-rows';

describe('opening runs in batches', () => {
  let app: TestApp;
  let workspaceId: string;
  let appId: string;

  beforeAll(async () => {
    app = await createTestApp();
    const owner = await seedOwner(app);
    workspaceId = owner.workspaceId;
    appId = (await app.request('POST', '/console/api/apps', { headers: owner.headers, json: { name: 'Batches', mode: 'chat' } })).body.id;
  });
  afterAll(async () => app?.close());

  function rowsFor(options: { app?: string; continued?: string } = {}): RunRows {
    const owned = { workspaceId, appId: options.app ?? appId };
    const conversationId = options.continued ?? randomUUID();
    const messageId = randomUUID();
    const taskId = randomUUID();
    return {
      conversation: options.continued
        ? undefined
        : { ...owned, id: conversationId, mode: 'chat', name: 'q', invokeFrom: 'service-api', fromSource: 'api' },
      continued: options.continued ? { workspaceId, conversationId, at: new Date() } : undefined,
      message: { ...owned, id: messageId, conversationId, taskId, query: 'q', invokeFrom: 'service-api', fromSource: 'api' },
      files: [],
      task: { ...owned, id: taskId, kind: 'chat', owner: 'end_user:x', subjectId: messageId },
    };
  }

  const newWriter = () => new WriteBatcher<RunRows>((runs) => app.deps.db.transaction((tx) => insertRunRows(tx, runs)));

  function countInserts() {
    const inserts: Record<string, number> = {};
    const stop = app.database.onWrite((table, statement) => {
      if (statement === 'insert' && ['conversations', 'messages', 'stream_tasks'].includes(table)) inserts[table] = (inserts[table] ?? 0) + 1;
    });
    return { inserts, stop };
  }

  it('writes the runs that arrive together with one INSERT per table', async () => {
    const writer = newWriter();
    const runs = Array.from({ length: 30 }, () => rowsFor());
    const { inserts, stop } = countInserts();
    await Promise.all(runs.map((rows) => writer.write(rows)));
    stop();
    expect(inserts).toEqual({ conversations: 1, messages: 1, stream_tasks: 1 });
    const tasks = await app.deps.db.select({ id: streamTasks.id }).from(streamTasks).where(inArray(streamTasks.id, runs.map((rows) => rows.task.id!)));
    expect(tasks).toHaveLength(30);
  });

  it('counts every turn of a conversation continued twice in one batch', async () => {
    const writer = newWriter();
    const first = rowsFor();
    await writer.write(first);
    const conversationId = first.conversation!.id!;
    await Promise.all([writer.write(rowsFor({ continued: conversationId })), writer.write(rowsFor({ continued: conversationId }))]);
    const [row] = await app.deps.db.select().from(conversations).where(eq(conversations.id, conversationId));
    expect(row!.dialogueCount).toBe(2);
    expect(await app.deps.db.select().from(messages).where(eq(messages.conversationId, conversationId))).toHaveLength(3);
  });

  it('fails only the run whose rows cannot be written when it shares a batch', async () => {
    const writer = newWriter();
    const good = Array.from({ length: 4 }, () => rowsFor());
    const bad = rowsFor({ app: randomUUID() });
    const results = await Promise.allSettled([...good.slice(0, 2), bad, ...good.slice(2)].map((rows) => writer.write(rows)));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const written = await app.deps.db.select({ id: messages.id }).from(messages).where(inArray(messages.id, [...good, bad].map((rows) => rows.message.id!)));
    expect(written.map((row) => row.id).sort()).toEqual(good.map((rows) => rows.message.id!).sort());
  });
});
