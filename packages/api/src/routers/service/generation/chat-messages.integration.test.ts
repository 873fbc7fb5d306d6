import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conversations, messageFiles, messages } from '@tessera/db';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { parseSse, type SeededPromptApp, seedPromptApp, seedTestModels, seedWorkspace } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

describe('POST /v1/chat-messages', () => {
  const fx = useIntegrationFixture();
  let server: TestModelServer;
  let chat: SeededPromptApp;
  let completion: SeededPromptApp;

  beforeAll(async () => {
    server = await startTestModelServer();
    await seedTestModels(fx.app, fx.owner, server);
    chat = await seedPromptApp(fx.app, fx.owner, { config: { pre_prompt: 'You are helpful.' } });
    completion = await seedPromptApp(fx.app, fx.owner, {
      mode: 'completion',
      config: {
        pre_prompt: 'Translate: {{text}}',
        user_input_form: [{ 'text-input': { variable: 'text', label: 'Text', required: true, max_length: 100 } }],
      },
    });
  });
  beforeEach(() => server.setLatency({ ttftMs: 0, tokensPerSecond: 0 }));
  afterAll(async () => {
    await server?.close();
  });

  const ask = (key: string, json: Record<string, unknown>, path = '/v1/chat-messages') => fx.app.request('POST', path, { token: key, json });

  it('answers blocking by default, in Dify’s shape, and keeps the message with its cost and version', async () => {
    const res = await ask(chat.key, { query: 'hello there', inputs: {}, user: 'alice' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      event: 'message',
      mode: 'chat',
      answer: 'Echo: hello there',
      metadata: { annotation_reply: null, retriever_resources: [], usage: { prompt_tokens: expect.any(Number), total_price: expect.any(Number) } },
    });
    expect(res.body.id).toBe(res.body.message_id);
    expect(Object.keys(res.body).sort()).toEqual(['answer', 'conversation_id', 'created_at', 'event', 'id', 'message_id', 'metadata', 'mode', 'task_id']);
    const [row] = await fx.app.deps.db.select().from(messages).where(eq(messages.id, res.body.message_id));
    expect(row).toMatchObject({ answer: 'Echo: hello there', status: 'normal', query: 'hello there', invokeFrom: 'service-api', fromSource: 'api' });
    expect(row!.appModelConfigId).not.toBeNull();
    expect(row!.answerTokens).toBeGreaterThan(0);
  });

  it('streams numbered events with the chat envelope, ending with message_end', async () => {
    const res = await ask(chat.key, { query: 'stream me please', inputs: {}, user: 'alice', response_mode: 'streaming' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const frames = parseSse(res.text).filter((frame) => frame.data);
    expect(frames.map((frame) => frame.id)).toEqual(frames.map((_, index) => index + 1));
    const events = frames.map((frame) => frame.data);
    expect(events.at(-1).event).toBe('message_end');
    const deltas = events.filter((event) => event.event === 'message');
    expect(deltas.map((event) => event.answer).join('')).toBe('Echo: stream me please');
    for (const event of events) {
      expect(event).toMatchObject({ conversation_id: expect.any(String), message_id: expect.any(String), task_id: expect.any(String), created_at: expect.any(Number) });
    }
    expect(events.at(-1).metadata.usage.total_price).toEqual(expect.any(String));
  });

  it('continues a conversation with its history, and hides it from another end user', async () => {
    const first = await ask(chat.key, { query: 'my name is Ada', inputs: {}, user: 'bob' });
    const second = await ask(chat.key, { query: 'what is my name', inputs: {}, user: 'bob', conversation_id: first.body.conversation_id });
    expect(second.status).toBe(200);
    expect(second.body.conversation_id).toBe(first.body.conversation_id);
    const sent = server.requests.at(-1)!.body as { messages: { role: string; content: unknown }[] };
    expect(JSON.stringify(sent.messages)).toContain('my name is Ada');
    const stranger = await ask(chat.key, { query: 'hi', inputs: {}, user: 'eve', conversation_id: first.body.conversation_id });
    expect(stranger.status).toBe(404);
    expect(stranger.body).toMatchObject({ code: 'not_found', message: 'Conversation Not Exists.' });
  });

  it('refuses what Dify refuses, with Dify’s codes', async () => {
    expect((await ask(chat.key, { query: 'x', inputs: {} })).body).toMatchObject({ code: 'invalid_param', message: 'Arg user must be provided.' });
    expect((await ask(chat.key, { query: '  ', inputs: {}, user: 'a' })).body).toMatchObject({ code: 'invalid_param', message: 'query is required' });
    expect((await ask(chat.key, { query: 'x', user: 'a' })).body).toMatchObject({ code: 'invalid_param' });
    expect((await ask(chat.key, { query: 'x', inputs: {}, user: 'a', response_mode: 'fast' })).status).toBe(400);
    expect((await ask(chat.key, { query: 'x', inputs: {}, user: 'a', conversation_id: 'nope' })).body).toMatchObject({
      code: 'invalid_param',
      message: 'conversation_id must be a valid UUID',
    });
    expect((await ask(completion.key, { query: 'x', inputs: {}, user: 'a' })).body).toMatchObject({ code: 'not_chat_app', status: 400 });
    expect((await ask(chat.key, { inputs: {}, user: 'a' }, '/v1/completion-messages')).body).toMatchObject({ code: 'app_unavailable' });
    const missing = await ask(completion.key, { inputs: {}, user: 'a' }, '/v1/completion-messages');
    expect(missing.body).toMatchObject({ code: 'invalid_param', message: 'text is required in input form' });
  });

  it('answers completion apps from their inputs, without a conversation id', async () => {
    const res = await ask(completion.key, { inputs: { text: 'bonjour' }, user: 'a', response_mode: 'streaming' }, '/v1/completion-messages');
    const events = parseSse(res.text).flatMap((frame) => (frame.data ? [frame.data] : []));
    expect(events.at(-1).event).toBe('message_end');
    for (const event of events) expect(event).not.toHaveProperty('conversation_id');
    const sent = server.requests.at(-1)!.body as { messages: { content: unknown }[] };
    expect(JSON.stringify(sent.messages)).toContain('Translate: bonjour');
  });

  it('takes the end user’s own uploads as message files, and refuses someone else’s', async () => {
    const withFiles = await seedPromptApp(fx.app, fx.owner, {
      config: {
        file_upload: {
          enabled: true,
          allowed_file_types: ['image'],
          allowed_file_upload_methods: ['local_file'],
          number_limits: 2,
          image: { enabled: true, number_limits: 2, detail: 'low', transfer_methods: ['local_file'] },
        },
      },
    });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a9d10000000049454e44ae426082', 'hex');
    const upload = (user: string) => {
      const form = new FormData();
      form.set('file', new File([png], 'dot.png', { type: 'image/png' }));
      form.set('user', user);
      return fx.app.request('POST', '/v1/files/upload', { token: withFiles.key, body: form });
    };
    const mine = await upload('alice');
    expect(mine.status).toBe(201);
    const files = [{ type: 'image', transfer_method: 'local_file', upload_file_id: mine.body.id }];
    const res = await ask(withFiles.key, { query: 'what is in the picture', inputs: {}, user: 'alice', files });
    expect(res.status).toBe(200);
    const rows = await fx.app.deps.db.select().from(messageFiles).where(eq(messageFiles.messageId, res.body.message_id));
    expect(rows).toEqual([expect.objectContaining({ belongsTo: 'user', transferMethod: 'local_file', uploadFileId: mine.body.id, type: 'image' })]);

    const theirs = await upload('mallory');
    const refused = await ask(withFiles.key, {
      query: 'x',
      inputs: {},
      user: 'alice',
      files: [{ type: 'image', transfer_method: 'local_file', upload_file_id: theirs.body.id }],
    });
    expect(refused.body).toMatchObject({ code: 'invalid_param', message: 'Invalid upload file' });
  });

  it('answers with an operator’s annotation instead of the model when annotation reply matches', async () => {
    const faq = await seedPromptApp(fx.app, fx.owner);
    const created = await fx.app.request('POST', '/v1/apps/annotations', { token: faq.key, json: { question: 'What are your hours?', answer: 'Nine to five.' } });
    expect(created.status).toBe(201);
    const enabled = await fx.app.request('POST', '/v1/apps/annotation-reply/enable', {
      token: faq.key,
      json: { score_threshold: 0.9, embedding_provider_name: 'openai_api_compatible', embedding_model_name: 'no-such-embedder' },
    });
    expect(enabled.status).toBe(200);
    for (let i = 0; i < 100; i++) {
      const status = await fx.app.request('GET', `/v1/apps/annotation-reply/enable/status/${enabled.body.job_id}`, { token: faq.key });
      if (['completed', 'error'].includes(status.body.job_status)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const before = server.requests.filter((request) => request.path.endsWith('/chat/completions')).length;
    const res = await ask(faq.key, { query: '  what are your HOURS?  ', inputs: {}, user: 'visitor', auto_generate_name: false });
    expect(res.body).toMatchObject({ answer: 'Nine to five.', metadata: { annotation_reply: { id: created.body.id, account: { id: fx.owner.accountId } } } });
    expect(server.requests.filter((request) => request.path.endsWith('/chat/completions')).length).toBe(before);
  });

  it('keeps an app key to its own app and workspace', async () => {
    const other = await seedWorkspace(fx.app, 'other');
    await seedTestModels(fx.app, other, server);
    const foreign = await seedPromptApp(fx.app, other);
    const mine = await ask(chat.key, { query: 'secret', inputs: {}, user: 'same-user' });
    const theirs = await ask(foreign.key, { query: 'hi', inputs: {}, user: 'same-user', conversation_id: mine.body.conversation_id });
    expect(theirs.status).toBe(404);
    const [conversation] = await fx.app.deps.db.select().from(conversations).where(eq(conversations.id, mine.body.conversation_id));
    expect(conversation!.appId).toBe(chat.appId);
  });
});
