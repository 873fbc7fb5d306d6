import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apps, messages, streamEvents, streamTasks } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { createTestApp, type ListeningApp, parseSse, type SeededPromptApp, seedOwner, seedPromptApp, seedTestModels, type TestApp } from '../../../testing';

type Transaction = TestApp['deps']['db']['transaction'];

/**
 * Holds the next transaction before it begins (as a slow database would) until `release` or
 * `fail`; later transactions run as usual.
 */
function holdNextTransaction(app: TestApp) {
  const db = app.deps.db;
  const original = db.transaction;
  let release!: () => void;
  let fail!: (error: Error) => void;
  const gate = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  // The run writes its rows only at its first event, so `fail` may come before any transaction
  // awaits the gate; the one that does still sees the rejection.
  gate.catch(() => undefined);
  let held = false;
  db.transaction = (async (...args: Parameters<Transaction>) => {
    if (!held) {
      held = true;
      await gate;
    }
    return original.apply(db, args);
  }) as Transaction;
  return { release, fail, restore: () => void (db.transaction = original) };
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('a streamed answer whose rows are still being written', () => {
  let app: TestApp;
  let server: TestModelServer;
  let listening: ListeningApp;
  let chat: SeededPromptApp;
  let owner: Awaited<ReturnType<typeof seedOwner>>;
  let restore: (() => void) | undefined;

  beforeAll(async () => {
    server = await startTestModelServer();
    app = await createTestApp();
    owner = await seedOwner(app);
    await seedTestModels(app, owner, server);
    chat = await seedPromptApp(app, owner);
    listening = await app.listen();
    await warm(chat.key);
  });
  beforeEach(() => server.reset());
  afterEach(() => restore?.());
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  const post = (key: string, query: string) =>
    fetch(`${listening.url}/v1/chat-messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, inputs: {}, user: 'u1', response_mode: 'streaming', auto_generate_name: false }),
    });
  /** One answer first, so the end user exists and the next request's only transaction is the run's. */
  const warm = async (key: string) => {
    expect(await (await post(key, 'warm up')).text()).toContain('message_end');
    server.reset();
  };
  const messagesOf = (appId: string) => app.deps.db.select().from(messages).where(eq(messages.appId, appId));

  it('asks the model before the conversation, message and task are committed, and keeps every event', async () => {
    const hold = holdNextTransaction(app);
    restore = hold.restore;
    const before = (await messagesOf(chat.appId)).length;
    const response = post(chat.key, 'early bird');
    await waitFor(() => server.requests.length === 1, 'the model request');
    expect(await messagesOf(chat.appId)).toHaveLength(before);
    hold.release();

    const res = await response;
    expect(res.status).toBe(200);
    const frames = parseSse(await res.text()).filter((frame) => frame.data);
    expect(frames.map((frame) => frame.id)).toEqual(frames.map((_, index) => index + 1));
    expect(frames.filter((frame) => frame.data.event === 'message').map((frame) => frame.data.answer).join('')).toBe('Echo: early bird');
    const end = frames.at(-1)!.data;
    expect(end.event).toBe('message_end');
    const [row] = await app.deps.db.select().from(messages).where(eq(messages.id, end.message_id));
    expect(row).toMatchObject({ status: 'normal', answer: 'Echo: early bird', conversationId: end.conversation_id, taskId: end.task_id });
    expect(Math.floor(row!.createdAt.getTime() / 1000)).toBe(end.created_at);
    await waitFor(async () => (await app.deps.db.select().from(streamTasks).where(eq(streamTasks.id, end.task_id)))[0]?.status === 'succeeded', 'the task to end');
    const stored = await app.deps.db.select().from(streamEvents).where(eq(streamEvents.taskId, end.task_id));
    expect(stored.map((event) => event.seq).sort((a, b) => a - b)).toEqual(frames.map((frame) => frame.id));
  });

  it('ends the stream with an error event, aborts the model call and stores nothing when the rows cannot be written', async () => {
    server.setLatency({ tokensPerSecond: 20 });
    server.script({ text: Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ') });
    const hold = holdNextTransaction(app);
    restore = hold.restore;
    const before = (await messagesOf(chat.appId)).length;
    const response = post(chat.key, 'doomed');
    await waitFor(() => server.requests.length === 1, 'the model request');
    hold.fail(new Error('could not write: relation "messages" secret detail'));

    const res = await response;
    const text = await res.text();
    const frames = parseSse(text).filter((frame) => frame.data);
    expect(frames.at(-1)!.data).toMatchObject({ event: 'error', code: 'internal_server_error', status: 500 });
    expect(text).not.toContain('secret detail');
    await server.waitForAbortedStreams(1);
    expect(await messagesOf(chat.appId)).toHaveLength(before);
    const taskId = frames[0]!.data.task_id as string;
    expect(await app.deps.db.select().from(streamTasks).where(eq(streamTasks.id, taskId))).toEqual([]);
    expect(await app.deps.db.select().from(streamEvents).where(eq(streamEvents.taskId, taskId))).toEqual([]);
    expect(app.deps.streams.isLocal(taskId)).toBe(false);
  });

  it('waits for the rows before asking the model when the app limits its concurrent runs', async () => {
    const limited = await seedPromptApp(app, owner);
    await app.deps.db.update(apps).set({ maxActiveRequests: 3 }).where(eq(apps.id, limited.appId));
    await warm(limited.key);
    const hold = holdNextTransaction(app);
    restore = hold.restore;
    const response = post(limited.key, 'one at a time');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(server.requests).toHaveLength(0);
    hold.release();
    const frames = parseSse(await (await response).text()).filter((frame) => frame.data);
    expect(frames.at(-1)!.data.event).toBe('message_end');
    expect(server.requests).toHaveLength(1);
  });
});
