import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import {
  createTestApp,
  type ListeningApp,
  parseSse,
  type SeededPromptApp,
  seedOwner,
  seedPromptApp,
  seedTestModels,
  type SseFrame,
  type TestApp,
} from '../../../testing';

const LONG_TEXT = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');

/** Reads an event stream over a real socket frame by frame, so a test can act mid-answer. */
async function openStream(url: string, init: RequestInit) {
  const controller = new AbortController();
  const res = await fetch(url, { ...init, signal: controller.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const frames: SseFrame[] = [];
  return {
    frames,
    /** Reads until `count` data frames have arrived (or the stream ends). */
    async until(count: number) {
      while (frames.filter((frame) => frame.data).length < count) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        const cut = buffer.lastIndexOf('\n\n');
        if (cut === -1) continue;
        frames.push(...parseSse(buffer.slice(0, cut + 2)));
        buffer = buffer.slice(cut + 2);
      }
    },
    async rest() {
      await this.until(Number.MAX_SAFE_INTEGER);
    },
    drop() {
      controller.abort();
    },
  };
}

const answerOf = (frames: SseFrame[]) =>
  frames
    .filter((frame) => frame.data?.event === 'message')
    .map((frame) => frame.data.answer)
    .join('');

describe('stopping and resuming streamed answers', () => {
  let app: TestApp;
  let peer: TestApp;
  let server: TestModelServer;
  let listening: ListeningApp;
  let chat: SeededPromptApp;

  beforeAll(async () => {
    server = await startTestModelServer();
    app = await createTestApp();
    peer = await app.peer();
    const owner = await seedOwner(app);
    await seedTestModels(app, owner, server);
    chat = await seedPromptApp(app, owner);
    listening = await app.listen();
  });
  beforeEach(() => server.reset());
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  const streamChat = (query: string, user = 'u1') =>
    openStream(`${listening.url}/v1/chat-messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${chat.key}`, 'content-type': 'application/json' },
      // No background naming call, which would take the scripted replies meant for the answers.
      body: JSON.stringify({ query, inputs: {}, user, response_mode: 'streaming', auto_generate_name: false }),
    });

  it('stops from another instance mid-answer: upstream closed, partial answer kept as stopped', async () => {
    server.setLatency({ tokensPerSecond: 40 });
    server.script({ text: LONG_TEXT });
    const stream = await streamChat('talk for a long time');
    await stream.until(3);
    const taskId = stream.frames.find((frame) => frame.data)!.data.task_id as string;
    const other = await peer.request('POST', `/v1/chat-messages/${taskId}/stop`, { token: chat.key, json: { user: 'u1' } });
    expect(other.body).toEqual({ result: 'success' });
    await stream.rest();
    const last = stream.frames.filter((frame) => frame.data).at(-1)!.data;
    expect(last.event).toBe('message_end');
    await server.waitForAbortedStreams(1);
    const partial = answerOf(stream.frames);
    expect(LONG_TEXT.startsWith(partial)).toBe(true);
    expect(partial.length).toBeLessThan(LONG_TEXT.length);
    const [row] = await app.deps.db.select().from(messages).where(eq(messages.id, last.message_id));
    expect(row).toMatchObject({ status: 'stopped', answer: partial });
  });

  it('ignores a stop from another end user, as Dify does, without stopping the answer', async () => {
    server.setLatency({ tokensPerSecond: 200 });
    const stream = await streamChat('keep going please', 'owner-user');
    await stream.until(1);
    const taskId = stream.frames.find((frame) => frame.data)!.data.task_id as string;
    const foreign = await app.request('POST', `/v1/chat-messages/${taskId}/stop`, { token: chat.key, json: { user: 'intruder' } });
    expect(foreign.body).toEqual({ result: 'success' });
    await stream.rest();
    expect(answerOf(stream.frames)).toBe('Echo: keep going please');
  });

  it('resumes after a dropped connection with Last-Event-ID, on any instance, losing and repeating nothing', async () => {
    server.setLatency({ tokensPerSecond: 60 });
    server.script({ text: LONG_TEXT });
    const stream = await streamChat('resume me');
    await stream.until(5);
    stream.drop();
    const seen = stream.frames.filter((frame) => frame.data);
    const { task_id: taskId } = seen[0]!.data;
    const lastSeen = seen.at(-1)!.id!;
    const resumed = await peer.request('GET', `/v1/chat-messages/${taskId}/events`, {
      token: chat.key,
      query: { user: 'u1' },
      headers: { 'last-event-id': String(lastSeen) },
    });
    expect(resumed.status).toBe(200);
    const rest = parseSse(resumed.text).filter((frame) => frame.data);
    expect(rest[0]!.id).toBe(lastSeen + 1);
    const all = [...seen, ...rest];
    expect(all.map((frame) => frame.id)).toEqual(all.map((_, index) => index + 1));
    expect(answerOf(all)).toBe(LONG_TEXT);
    expect(rest.at(-1)!.data.event).toBe('message_end');

    const byQuery = await app.request('GET', `/v1/chat-messages/${taskId}/events`, { token: chat.key, query: { user: 'u1', last_event_id: 0 } });
    expect(answerOf(parseSse(byQuery.text))).toBe(LONG_TEXT);
    const stranger = await app.request('GET', `/v1/chat-messages/${taskId}/events`, { token: chat.key, query: { user: 'someone-else' } });
    expect(stranger.status).toBe(404);
  });

  it('finishes and saves the answer of a client that walked away', async () => {
    server.setLatency({ tokensPerSecond: 100 });
    server.script({ text: LONG_TEXT });
    const stream = await streamChat('I will leave');
    await stream.until(2);
    const messageId = stream.frames.find((frame) => frame.data)!.data.message_id as string;
    stream.drop();
    for (let i = 0; i < 300; i++) {
      const [row] = await app.deps.db.select().from(messages).where(eq(messages.id, messageId));
      if (row?.answer === LONG_TEXT) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [row] = await app.deps.db.select().from(messages).where(eq(messages.id, messageId));
    expect(row).toMatchObject({ status: 'normal', answer: LONG_TEXT });
  });

  it('loses no event across fifty concurrent streams', async () => {
    server.setLatency({ tokensPerSecond: 0 });
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        app.request('POST', '/v1/chat-messages', { token: chat.key, json: { query: `question ${i} here`, inputs: {}, user: `c${i}`, response_mode: 'streaming' } }),
      ),
    );
    answers.forEach((res, i) => {
      const frames = parseSse(res.text).filter((frame) => frame.data);
      expect(frames.map((frame) => frame.id)).toEqual(frames.map((_, index) => index + 1));
      expect(answerOf(frames)).toBe(`Echo: question ${i} here`);
      expect(frames.at(-1)!.data.event).toBe('message_end');
    });
  });
});
