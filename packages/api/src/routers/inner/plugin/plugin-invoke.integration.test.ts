import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelUsage } from '@tessera/db';
import { decodeSpokenText, encodeSpokenText, startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { modelUsageRecorder } from '../../../data/model-usage';
import { decodeFrames } from '../../../http/framed-stream';
import { createTestApp, seedOwner, seedWorkspace, type SeededUser, type TestApp, TEST_BASE_URL } from '../../../testing';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE, PROVIDERS_PATH } from '../../console/model-providers/test-helpers';

const PLUGIN_KEY = 'plugin-daemon-key-for-tests';

interface Chunk {
  model: string;
  delta: { message: { content: string; tool_calls: { function: { name: string; arguments: string } }[] }; usage?: Record<string, unknown>; finish_reason?: string | null };
  structured_output?: unknown;
}

describe('inner API: plugin backwards invocations of models', () => {
  let app: TestApp;
  let server: TestModelServer;
  let owner: SeededUser;
  let other: SeededUser;

  beforeAll(async () => {
    server = await startTestModelServer();
    app = await createTestApp({ innerApiKeyForPlugin: PLUGIN_KEY, modelMaxRetries: 0 });
    owner = await seedOwner(app);
    other = await seedWorkspace(app, 'other');
    expect((await addCompatibleCredential(app, owner, server)).status).toBe(201);
    for (const [model, type] of [
      ['chat', 'llm'],
      ['embed', 'text-embedding'],
      ['ranker', 'rerank'],
      ['voice', 'tts'],
      ['ears', 'speech2text'],
    ] as const) {
      const form = type === 'llm' ? { context_size: '4096', structured_output_support: 'supported', function_calling_type: 'tool_call' } : {};
      expect((await addCompatibleModel(app, owner, model, type, form)).status).toBe(201);
    }
    const openai = await app.request('POST', `${PROVIDERS_PATH}/openai/credentials`, {
      token: owner.token,
      json: { credentials: { openai_api_key: 'sk-openai-test-0123456789', openai_api_base: server.url } },
    });
    expect(openai.status).toBe(201);
    const defaults = await app.request('POST', '/console/api/workspaces/current/default-model', {
      token: owner.token,
      json: { model_settings: [{ model_type: 'llm', provider: COMPATIBLE, model: 'chat' }] },
    });
    expect(defaults.status).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  const raw = (path: string, json: unknown, key: string | null = PLUGIN_KEY) => {
    const headers = new Headers({ 'content-type': 'application/json' });
    if (key !== null) headers.set('X-Inner-Api-Key', key);
    return app.handle(new Request(new URL(`/inner/api${path}`, TEST_BASE_URL), { method: 'POST', headers, body: JSON.stringify(json) }));
  };
  const json = async (path: string, body: Record<string, unknown>, tenant = owner) => {
    const res = await raw(path, { tenant_id: tenant.workspaceId, user_id: 'end-user-1', ...body });
    return { status: res.status, body: (await res.json()) as { data: any; error: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const frames = async (path: string, body: Record<string, unknown>, tenant = owner) => {
    const res = await raw(path, { tenant_id: tenant.workspaceId, user_id: 'end-user-1', ...body });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    return decodeFrames(new Uint8Array(await res.arrayBuffer())) as { data: unknown; error: string }[];
  };
  const llmPayload = { provider: COMPATIBLE, model: 'chat', model_type: 'llm', mode: 'chat', completion_params: { temperature: 0.2 } };

  it('hides every invoke route behind the plugin key: missing or wrong key is 404, before the body is read', async () => {
    for (const path of ['/invoke/llm', '/plugin/invoke/llm', '/invoke/text-embedding', '/plugin/invoke/rerank', '/invoke/tts', '/plugin/invoke/encrypt']) {
      for (const key of [null, 'wrong-key']) {
        const res = await raw(path, { not: 'a payload' }, key);
        expect(res.status, `${path} ${key}`).toBe(404);
        expect(await res.json()).toMatchObject({ code: 'not_found', status: 404 });
      }
    }
    const closed = await createTestApp({ innerApiKeyForPlugin: undefined, innerApiKey: undefined });
    try {
      const res = await closed.request('POST', '/inner/api/invoke/text-embedding', { headers: { 'X-Inner-Api-Key': '' }, json: {} });
      expect(res.status).toBe(404);
    } finally {
      await closed.close();
    }
  });

  it('refuses an unknown tenant and a malformed payload with 400 invalid_param', async () => {
    const unknown = await raw('/invoke/text-embedding', { tenant_id: '00000000-0000-4000-8000-000000000000', provider: COMPATIBLE, model: 'embed', texts: ['a'] });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: 'invalid_param', message: 'tenant not found' });
    const malformed = await raw('/invoke/llm', { tenant_id: owner.workspaceId, provider: COMPATIBLE, model: 'chat', prompt_messages: 'hello' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'invalid_param' });
    const noSchema = await raw('/invoke/llm/structured-output', { tenant_id: owner.workspaceId, ...llmPayload, prompt_messages: [{ role: 'user', content: 'x' }] });
    expect(noSchema.status).toBe(400);
    expect((await noSchema.json()).message).toContain('structured_output_schema');
  });

  it('streams LLM chunks in order as length-prefixed frames, usage and finish reason on the last', async () => {
    const out = await frames('/invoke/llm', { ...llmPayload, stream: true, prompt_messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'hello there friend' }] });
    expect(out.every((frame) => frame.error === '')).toBe(true);
    const chunks = out.map((frame) => frame.data as Chunk);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.map((c) => c.delta.message.content).join('')).toBe('Echo: hello there friend');
    expect(chunks.every((c) => c.model === 'chat')).toBe(true);
    const last = chunks.at(-1)!;
    expect(last.delta.finish_reason).toBe('stop');
    expect(last.delta.usage).toMatchObject({ completion_tokens: 4, currency: 'USD' });
    expect(chunks.slice(0, -1).every((c) => !c.delta.usage)).toBe(true);
    const upstream = server.requests.at(-1)!;
    expect(upstream.path).toBe('/v1/chat/completions');
    expect(upstream.body).toMatchObject({ model: 'chat', temperature: 0.2, stream: true });
  });

  it('answers in one chunk when stream is false, and accepts the seed spellings on /plugin/invoke/llm', async () => {
    const single = await frames('/invoke/llm', { ...llmPayload, stream: false, prompt_messages: [{ role: 'user', content: [{ type: 'text', data: 'one shot' }] }] });
    expect(single).toHaveLength(1);
    expect((single[0]!.data as Chunk).delta).toMatchObject({ message: { content: 'Echo: one shot' }, finish_reason: 'stop', usage: { completion_tokens: 3 } });

    const seed = await frames('/plugin/invoke/llm', { model_config: { provider: COMPATIBLE, model: 'chat', completion_params: { top_p: 0.5 } }, prompt: 'seed style', stream: false });
    expect((seed[0]!.data as Chunk).delta.message.content).toBe('Echo: seed style');
    expect(server.requests.at(-1)!.body).toMatchObject({ top_p: 0.5 });
  });

  it('hands tool calls back to the caller', async () => {
    const out = await frames('/invoke/llm', {
      ...llmPayload,
      stream: true,
      tools: [{ name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }],
      prompt_messages: [{ role: 'user', content: 'please call get_weather for Paris' }],
    });
    const chunks = out.map((frame) => frame.data as Chunk);
    const calls = chunks.flatMap((c) => c.delta.message.tool_calls);
    expect(calls).toEqual([expect.objectContaining({ function: { name: 'get_weather', arguments: JSON.stringify({ city: 'example' }) } })]);
    expect(chunks.at(-1)!.delta.finish_reason).toBe('tool_calls');
  });

  it('returns structured output that satisfies the schema, on both spellings', async () => {
    const schema = { type: 'object', properties: { title: { type: 'string' }, count: { type: 'integer' } }, required: ['title', 'count'] };
    for (const [path, key] of [['/invoke/llm/structured-output', 'structured_output_schema'], ['/plugin/invoke/llm/structured-output', 'output_schema']] as const) {
      const out = await frames(path, { ...llmPayload, stream: true, prompt_messages: [{ role: 'user', content: 'Give me a title' }], [key]: schema });
      const last = out.at(-1)!.data as Chunk;
      expect(out.at(-1)!.error).toBe('');
      expect(last.structured_output).toEqual({ title: 'example', count: 1 });
    }
  });

  it('embeds texts and reranks documents, wrapped in {data, error}', async () => {
    const embedded = await json('/invoke/text-embedding', { provider: COMPATIBLE, model: 'embed', model_type: 'text-embedding', texts: ['red apples', 'green pears'] });
    expect(embedded.status).toBe(200);
    expect(embedded.body.error).toBe('');
    expect(embedded.body.data.model).toBe('embed');
    expect(embedded.body.data.embeddings).toHaveLength(2);
    expect(embedded.body.data.embeddings[0].length).toBeGreaterThan(8);
    expect(embedded.body.data.usage).toMatchObject({ tokens: expect.any(Number), currency: 'USD' });

    const ranked = await json('/plugin/invoke/rerank', {
      model_config: { provider: COMPATIBLE, model: 'ranker' },
      query: 'apple pie recipe',
      documents: ['car engine repair manual', 'a recipe for apple pie with cinnamon', 'apple orchard tours'],
      top_n: 2,
    });
    expect(ranked.body.error).toBe('');
    expect(ranked.body.data.docs).toHaveLength(2);
    expect(ranked.body.data.docs[0]).toMatchObject({ index: 1, text: 'a recipe for apple pie with cinnamon' });
    expect(ranked.body.data.docs[0].score).toBeGreaterThanOrEqual(ranked.body.data.docs[1].score);
  });

  it('speaks text as hex audio frames and transcribes hex audio back', async () => {
    const spoken = await frames('/invoke/tts', { provider: COMPATIBLE, model: 'voice', content_text: 'the quick brown fox', voice: 'alloy' });
    const audio = Buffer.concat(spoken.map((frame) => Buffer.from((frame.data as { result: string }).result, 'hex')));
    expect(audio.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(decodeSpokenText(new Uint8Array(audio))).toBe('the quick brown fox');

    const heard = await json('/plugin/invoke/speech2text', { provider: COMPATIBLE, model: 'ears', audio_file: Buffer.from(encodeSpokenText('meet me at noon')).toString('hex') });
    expect(heard.body).toEqual({ data: { result: 'meet me at noon' }, error: '' });
    const notHex = await json('/invoke/speech2text', { provider: COMPATIBLE, model: 'ears', file: 'zz' });
    expect(notHex.status).toBe(400);
  });

  it('moderates text with a predefined OpenAI model', async () => {
    const flagged = await json('/invoke/moderation', { provider: 'langgenius/openai/openai', model: 'omni-moderation-latest', text: 'how to build a bomb' });
    expect(flagged.body).toEqual({ data: { result: true }, error: '' });
    const fine = await json('/plugin/invoke/moderation', { provider: 'openai', model: 'omni-moderation-latest', content: 'a lovely sunny day' });
    expect(fine.body).toEqual({ data: { result: false }, error: '' });
  });

  it('summarises with the default LLM: short text unchanged, long text through the model', async () => {
    const short = await json('/invoke/summary', { text: 'Short note.', instruction: 'Keep it short' });
    expect(short.body).toEqual({ data: { summary: 'Short note.' }, error: '' });
    server.script({ text: 'A summary of part one.' });
    server.script({ text: 'A summary of part two.' });
    server.script({ text: 'A summary of part three.' });
    const long = await json('/plugin/invoke/summary', { content: Array.from({ length: 900 }, (_, i) => `Line ${i} of a very long report.`).join('\n') });
    expect(long.body.error).toBe('');
    expect(long.body.data.summary).toMatch(/^A summary of part one\.\nA summary of part two\./);
    server.reset();
  });

  it('encrypts secret plugin settings so only the same workspace and identity can decrypt them', async () => {
    const config = [{ name: 'token', type: 'secret-input' }, { name: 'region', type: 'text-input' }];
    const base = { namespace: 'endpoint', identity: 'plugin-a', config };
    const sealed = await json('/invoke/encrypt', { ...base, opt: 'encrypt', data: { token: 'sk-plugin-secret', region: 'eu' } });
    expect(sealed.body.error).toBe('');
    const stored = sealed.body.data.data as { token: string; region: string };
    expect(stored.region).toBe('eu');
    expect(stored.token).not.toContain('sk-plugin-secret');

    const opened = await json('/plugin/invoke/encrypt', { ...base, opt: 'decrypt', data: stored });
    expect(opened.body.data.data).toEqual({ token: 'sk-plugin-secret', region: 'eu' });
    const otherIdentity = await json('/invoke/encrypt', { ...base, identity: 'plugin-b', opt: 'decrypt', data: stored });
    expect(otherIdentity.body.data.data.token).toBe(stored.token);
    const otherWorkspace = await json('/invoke/encrypt', { ...base, opt: 'decrypt', data: stored }, other);
    expect(otherWorkspace.body.data.data.token).toBe(stored.token);
    expect((await json('/invoke/encrypt', { ...base, opt: 'clear' })).body).toEqual({ data: { data: {} }, error: '' });
  });

  it("reports model failures in Dify's envelope with 200 and never reaches another workspace's models", async () => {
    const embedding = await json('/invoke/text-embedding', { provider: COMPATIBLE, model: 'embed', texts: ['x'] }, other);
    expect(embedding.status).toBe(200);
    expect(embedding.body.data).toBeNull();
    expect(embedding.body.error).toMatch(/credentials|not initialized|does not exist/i);
    const llm = await frames('/invoke/llm', { ...llmPayload, prompt_messages: [{ role: 'user', content: 'hi' }] }, other);
    expect(llm).toEqual([{ data: null, error: expect.stringMatching(/credentials|not initialized|does not exist/i) }]);

    server.failNext({ status: 400, body: { error: { message: 'This model cannot do that', type: 'invalid_request_error' } } });
    const upstream = await frames('/invoke/llm', { ...llmPayload, prompt_messages: [{ role: 'user', content: 'hi' }] });
    expect(upstream.at(-1)).toEqual({ data: null, error: expect.stringContaining('This model cannot do that') });
  });

  it('records usage for the workspace, attributed to the plugin and its end user', async () => {
    await modelUsageRecorder(app.deps.db).settled();
    const rows = await app.deps.db
      .select()
      .from(modelUsage)
      .where(and(eq(modelUsage.workspaceId, owner.workspaceId), eq(modelUsage.callerType, 'plugin')));
    const models = new Set(rows.map((row) => row.modelName));
    for (const model of ['chat', 'embed', 'ranker', 'voice', 'ears', 'omni-moderation-latest']) expect(models, model).toContain(model);
    expect(rows.every((row) => row.userId === 'end-user-1')).toBe(true);
    expect(rows.some((row) => row.status === 'error')).toBe(true);
    const otherRows = await app.deps.db.select().from(modelUsage).where(eq(modelUsage.workspaceId, other.workspaceId));
    expect(otherRows).toEqual([]);
  });

  it('stops the upstream request when the daemon goes away mid-stream', async () => {
    server.setLatency({ tokensPerSecond: 20 });
    try {
      const res = await raw('/invoke/llm', { tenant_id: owner.workspaceId, ...llmPayload, stream: true, prompt_messages: [{ role: 'user', content: 'one two three four five six seven eight nine ten eleven twelve' }] });
      const reader = res.body!.getReader();
      const first = await reader.read();
      expect(first.done).toBe(false);
      const before = server.abortedStreams;
      await reader.cancel();
      await server.waitForAbortedStreams(before + 1, 5_000);
      expect(server.abortedStreams).toBe(before + 1);
    } finally {
      server.reset();
    }
  });
});
