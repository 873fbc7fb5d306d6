import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isModelRuntimeError } from '../errors';
import { startTestModelServer, type TestModelServer } from '../testing';
import type { LlmChunk, PromptMessage } from '../types';
import { caller, credentialsFor, recordingRuntime, targetFor } from './test-fixtures';

let server: TestModelServer;
beforeAll(async () => {
  server = await startTestModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

// OpenAI's own chat model and the OpenAI-compatible one must behave the same through the runtime.
const providers = [
  { provider: 'openai', model: 'gpt-4o-mini', extra: {} },
  { provider: 'openai_api_compatible', model: 'local-chat', extra: { structured_output_support: 'supported' } },
] as const;
let current: (typeof providers)[number] = providers[0];

function openAiTarget() {
  const credentials = { ...credentialsFor(server.url)[current.provider], ...current.extra };
  return targetFor(current.provider, current.model, 'llm', credentials);
}

async function collect(stream: AsyncIterable<LlmChunk>): Promise<LlmChunk[]> {
  const chunks: LlmChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

describe.each(providers)('streamLlm through $provider', (provider) => {
  beforeEach(() => {
    current = provider;
  });

  it('streams text deltas in order and puts usage and finish reason on the last chunk only', async () => {
    const { runtime, records } = recordingRuntime();
    const stream = runtime.streamLlm({
      target: openAiTarget(),
      messages: [{ role: 'user', content: 'the quick brown fox jumps' }],
      caller,
    });
    const chunks = await collect(stream);
    expect(chunks.map((chunk) => chunk.delta.message.content).join('')).toBe('Echo: the quick brown fox jumps');
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((chunk) => chunk.delta.index)).toEqual(chunks.map((_, index) => index));
    const last = chunks.at(-1)!;
    expect(last.delta.finish_reason).toBe('stop');
    expect(last.delta.usage).toMatchObject({ prompt_tokens: 5, completion_tokens: 6, total_tokens: 11 });
    expect(last.delta.usage!.time_to_first_token).toBeGreaterThanOrEqual(0);
    expect(chunks.slice(0, -1).every((chunk) => chunk.delta.usage === undefined)).toBe(true);

    const result = await stream.result;
    expect(result.message.content).toBe('Echo: the quick brown fox jumps');
    expect(result.usage).toEqual(last.delta.usage);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'success', promptTokens: 5, completionTokens: 6 });
    expect(server.requests[0]!.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('settles result for a caller that never iterates', async () => {
    const { runtime } = recordingRuntime();
    const stream = runtime.streamLlm({ target: openAiTarget(), messages: [{ role: 'user', content: 'just the result' }], caller });
    await expect(stream.result).resolves.toMatchObject({ message: { content: 'Echo: just the result' } });
  });

  it('streams a complete tool call, then the answer built from its result', async () => {
    const { runtime } = recordingRuntime();
    const tools = [
      {
        name: 'lookup',
        description: 'Looks things up',
        parameters: { type: 'object', properties: { term: { type: 'string' }, limit: { type: 'number' } }, required: ['term'] },
      },
    ];
    const messages: PromptMessage[] = [{ role: 'user', content: 'use lookup please' }];
    const first = runtime.streamLlm({ target: openAiTarget(), messages, tools, caller });
    const chunks = await collect(first);
    const calls = chunks.flatMap((chunk) => chunk.delta.message.tool_calls);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.function.name).toBe('lookup');
    expect(JSON.parse(calls[0]!.function.arguments)).toEqual({ term: 'example' });
    expect(chunks.at(-1)!.delta.finish_reason).toBe('tool_calls');

    const answer = await runtime.invokeLlm({
      target: openAiTarget(),
      messages: [...messages, (await first.result).message, { role: 'tool', tool_call_id: calls[0]!.id, content: '42' }],
      tools,
      caller,
    });
    expect(answer.message.content).toBe('Tool lookup returned: 42');
  });

  it('carries validated structured output on the final chunk', async () => {
    const { runtime } = recordingRuntime();
    const schema = { type: 'object', properties: { title: { type: 'string' }, done: { type: 'boolean' } }, required: ['title', 'done'] };
    const stream = runtime.streamLlm({
      target: openAiTarget(),
      messages: [{ role: 'user', content: 'a task' }],
      structuredOutputSchema: schema,
      caller,
    });
    const chunks = await collect(stream);
    const text = chunks.map((chunk) => chunk.delta.message.content).join('');
    expect(JSON.parse(text)).toEqual({ title: 'example', done: true });
    expect(chunks.at(-1)!.structured_output).toEqual({ title: 'example', done: true });
    expect((await stream.result).structured_output).toEqual({ title: 'example', done: true });
  });

  it('fails a streamed answer that misses its schema', async () => {
    const { runtime } = recordingRuntime();
    server.script({ text: '{"title": 3}' });
    const stream = runtime.streamLlm({
      target: openAiTarget(),
      messages: [{ role: 'user', content: 'a task' }],
      structuredOutputSchema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
      caller,
    });
    const failure = await collect(stream).catch((error: unknown) => error);
    expect(isModelRuntimeError(failure) && failure.code).toBe('completion_request_error');
    await expect(stream.result).rejects.toThrow(/JSON schema/);
  });

  it('closes the upstream connection when the consumer stops early, recording what was produced', async () => {
    const { runtime, records } = recordingRuntime();
    server.setLatency({ tokensPerSecond: 50 });
    const stream = runtime.streamLlm({
      target: openAiTarget(),
      messages: [{ role: 'user', content: 'one two three four five six seven eight nine ten eleven twelve' }],
      caller,
    });
    let seen = 0;
    for await (const chunk of stream) {
      expect(chunk.delta.message.content).not.toBe('');
      seen += 1;
      if (seen === 2) break;
    }
    await server.waitForAbortedStreams(1, 2_000);
    expect(server.abortedStreams).toBe(1);
    await expect(stream.result).rejects.toMatchObject({ code: 'completion_request_error', message: 'Request aborted' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'error', errorCode: 'completion_request_error' });
    expect(records[0]!.completionTokens).toBeGreaterThanOrEqual(2);
    expect(records[0]!.promptTokens).toBeGreaterThan(0);
  });

  it('aborts upstream when the caller’s signal fires', async () => {
    const { runtime } = recordingRuntime();
    server.setLatency({ tokensPerSecond: 50 });
    const controller = new AbortController();
    const stream = runtime.streamLlm({
      target: openAiTarget(),
      messages: [{ role: 'user', content: 'a b c d e f g h i j k l m n o p' }],
      signal: controller.signal,
      caller,
    });
    const received: string[] = [];
    const failure = await (async () => {
      for await (const chunk of stream) {
        received.push(chunk.delta.message.content);
        if (received.length === 2) controller.abort();
      }
    })().catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'completion_request_error', message: 'Request aborted' });
    await server.waitForAbortedStreams(1, 2_000);
  });
});
