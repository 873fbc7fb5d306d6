import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ModelRuntimeError } from '../errors';
import { startTestModelServer, type TestModelServer } from '../testing';
import type { Credentials, LlmChunk } from '../types';
import { caller, credentialsFor, recordingRuntime, targetFor } from './test-fixtures';

let server: TestModelServer;
beforeAll(async () => {
  server = await startTestModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const openAi = (credentials: Partial<Credentials> = {}, model = 'gpt-4o-mini') =>
  targetFor('openai', model, 'llm', { ...credentialsFor(server.url).openai, ...credentials });

async function failureOf(promise: Promise<unknown>): Promise<ModelRuntimeError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ModelRuntimeError);
  return error as ModelRuntimeError;
}

const ask = (text = 'hello') => [{ role: 'user' as const, content: text }];

describe('error mapping', () => {
  it('maps a refused key to provider_not_initialize with the provider’s message', async () => {
    const { runtime, records } = recordingRuntime();
    const failure = await failureOf(
      runtime.invokeLlm({ target: openAi({ openai_api_key: 'invalid-sk-abcdef123456' }), messages: ask(), caller }),
    );
    expect(failure.code).toBe('provider_not_initialize');
    expect(failure.message).toBe('Incorrect API key provided: inva****');
    expect(failure.upstreamStatus).toBe(401);
    expect(server.requests).toHaveLength(1);
    expect(records).toEqual([expect.objectContaining({ status: 'error', errorCode: 'provider_not_initialize', totalTokens: 0 })]);
  });

  it('never repeats a credential in a message, whatever the upstream says', async () => {
    const { runtime } = recordingRuntime();
    server.failNext({ status: 400, body: { error: { message: 'Key sk-live-supersecret-0001 is not allowed here' } } });
    const failure = await failureOf(
      runtime.invokeLlm({ target: openAi({ openai_api_key: 'sk-live-supersecret-0001' }), messages: ask(), caller }),
    );
    expect(failure.code).toBe('completion_request_error');
    expect(failure.message).toBe('Key **** is not allowed here');
  });

  it('maps Anthropic’s refusal the same way', async () => {
    const { runtime } = recordingRuntime();
    const target = targetFor('anthropic', 'claude-3-5-haiku-20241022', 'llm', {
      ...credentialsFor(server.url).anthropic,
      anthropic_api_key: 'invalid-ant',
    });
    const failure = await failureOf(runtime.invokeLlm({ target, messages: ask(), caller }));
    expect(failure).toMatchObject({ code: 'provider_not_initialize', message: 'invalid x-api-key' });
  });

  it('maps exhausted quota to provider_quota_exceeded without retrying', async () => {
    const { runtime } = recordingRuntime();
    const failure = await failureOf(runtime.invokeLlm({ target: openAi({ openai_api_key: 'quota-sk-1' }), messages: ask(), caller }));
    expect(failure.code).toBe('provider_quota_exceeded');
    expect(failure.message).toMatch(/exceeded your current quota/);
    expect(server.requests).toHaveLength(1);
  });

  it('maps a missing model to model_currently_not_support', async () => {
    const { runtime } = recordingRuntime();
    const failure = await failureOf(runtime.invokeLlm({ target: openAi({}, 'missing-model'), messages: ask(), caller }));
    expect(failure).toMatchObject({ code: 'model_currently_not_support', upstreamStatus: 404 });
    expect(failure.message).toMatch(/missing-model` does not exist/);

    const gemini = targetFor('gemini', 'missing-model', 'llm', credentialsFor(server.url).gemini);
    await expect(runtime.invokeLlm({ target: gemini, messages: ask(), caller })).rejects.toMatchObject({
      code: 'model_currently_not_support',
    });
  });

  it('retries a 500 and succeeds', async () => {
    const { runtime, records } = recordingRuntime();
    server.failNext({ status: 500, times: 1 });
    const result = await runtime.invokeLlm({ target: openAi(), messages: ask('second time lucky'), caller });
    expect(result.message.content).toBe('Echo: second time lucky');
    expect(server.requests).toHaveLength(2);
    expect(records).toEqual([expect.objectContaining({ status: 'success' })]);
  });

  it('retries the start of a stream too', async () => {
    const { runtime } = recordingRuntime();
    server.failNext({ status: 503, times: 2 });
    const stream = runtime.streamLlm({ target: openAi(), messages: ask('eventually'), caller });
    const chunks: LlmChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.delta.message.content).join('')).toBe('Echo: eventually');
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after maxRetries with completion_request_error and the provider’s message', async () => {
    const { runtime, records } = recordingRuntime();
    server.failNext({ status: 500, times: 3 });
    const failure = await failureOf(runtime.invokeLlm({ target: openAi(), messages: ask(), caller }));
    expect(failure).toMatchObject({ code: 'completion_request_error', message: 'Simulated upstream failure', upstreamStatus: 500 });
    expect(server.requests).toHaveLength(3);
    expect(records).toHaveLength(1);
  });

  it('honours maxRetries: 0', async () => {
    const { runtime } = recordingRuntime({ maxRetries: 0 });
    server.failNext({ status: 500, times: 1 });
    await expect(runtime.invokeLlm({ target: openAi(), messages: ask(), caller })).rejects.toMatchObject({
      code: 'completion_request_error',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('reports a missing credential before any request', async () => {
    const { runtime } = recordingRuntime();
    const failure = await failureOf(runtime.invokeLlm({ target: openAi({ openai_api_key: '' }), messages: ask(), caller }));
    expect(failure).toMatchObject({ code: 'provider_not_initialize', message: 'openai_api_key is required' });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a model type the provider lacks', async () => {
    const { runtime } = recordingRuntime();
    const target = targetFor('anthropic', 'claude-3-5-haiku-20241022', 'llm', credentialsFor(server.url).anthropic);
    const failure = await failureOf(runtime.rerank({ target: { ...target, modelType: 'rerank' }, query: 'q', documents: ['d'], caller }));
    expect(failure.code).toBe('model_currently_not_support');
  });
});

describe('error mapping for streamed OpenAI-compatible chat', () => {
  const compatible = (credentials: Partial<Credentials> = {}, model = 'local-chat') =>
    targetFor('openai_api_compatible', model, 'llm', { ...credentialsFor(server.url).openai_api_compatible, ...credentials });

  async function streamFailure(target: ReturnType<typeof compatible>): Promise<ModelRuntimeError> {
    const { runtime } = recordingRuntime();
    const stream = runtime.streamLlm({ target, messages: ask(), caller });
    const failure = await (async () => {
      for await (const chunk of stream) void chunk;
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModelRuntimeError);
    await expect(stream.result).rejects.toBe(failure);
    return failure as ModelRuntimeError;
  }

  it('maps a refused key, exhausted quota and a missing model as for OpenAI', async () => {
    const refused = await streamFailure(compatible({ api_key: 'invalid-sk-abcdef123456' }));
    expect(refused).toMatchObject({ code: 'provider_not_initialize', upstreamStatus: 401 });
    expect(refused.message).toBe('Incorrect API key provided: inva****');
    expect(await streamFailure(compatible({ api_key: 'quota-sk-1' }))).toMatchObject({ code: 'provider_quota_exceeded' });
    const missing = await streamFailure(compatible({}, 'missing-model'));
    expect(missing).toMatchObject({ code: 'model_currently_not_support', upstreamStatus: 404 });
  });

  it('passes the provider’s own message through, masking the key', async () => {
    server.failNext({ status: 400, body: { error: { message: 'Key sk-live-supersecret-0001 is not allowed here' } } });
    const failure = await streamFailure(compatible({ api_key: 'sk-live-supersecret-0001' }));
    expect(failure).toMatchObject({ code: 'completion_request_error', message: 'Key **** is not allowed here', upstreamStatus: 400 });
  });

  it('retries the start of the stream', async () => {
    const { runtime } = recordingRuntime();
    server.failNext({ status: 503, times: 2 });
    const stream = runtime.streamLlm({ target: compatible(), messages: ask('eventually'), caller });
    const chunks: LlmChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.delta.message.content).join('')).toBe('Echo: eventually');
    expect(server.requests).toHaveLength(3);
  });

  it('fails a stream that stalls mid-way', async () => {
    const { runtime } = recordingRuntime({ timeoutMs: 200 });
    server.setLatency({ tokensPerSecond: 2 });
    const stalling = runtime.streamLlm({ target: compatible(), messages: ask('x y z'), caller });
    await expect(stalling.result).rejects.toMatchObject({ code: 'completion_request_error', message: 'Request timed out after 200 ms' });
  });
});

describe('timeouts', () => {
  it('fails a silent upstream after timeoutMs', async () => {
    const { runtime, records } = recordingRuntime({ timeoutMs: 150, maxRetries: 0 });
    server.setLatency({ ttftMs: 1_000 });
    // The upstream would answer after a second; only the timeout turns the call into this failure.
    const failure = await failureOf(runtime.invokeLlm({ target: openAi(), messages: ask(), caller }));
    expect(failure).toMatchObject({ code: 'completion_request_error', message: 'Request timed out after 150 ms' });
    expect(records[0]).toMatchObject({ status: 'error', errorCode: 'completion_request_error' });
  });

  it('fails a stream that stalls mid-way but not one that keeps flowing', async () => {
    const { runtime } = recordingRuntime({ timeoutMs: 200 });
    server.setLatency({ tokensPerSecond: 25 });
    const flowing = runtime.streamLlm({ target: openAi(), messages: ask('a b c d e f g h i j'), caller });
    await expect(flowing.result).resolves.toMatchObject({ message: { content: 'Echo: a b c d e f g h i j' } });

    server.setLatency({ tokensPerSecond: 2 });
    const stalling = runtime.streamLlm({ target: openAi(), messages: ask('x y z'), caller });
    await expect(stalling.result).rejects.toMatchObject({ code: 'completion_request_error', message: 'Request timed out after 200 ms' });
  });
});

describe('usage reporting', () => {
  it('hands a throwing onUsage to onUsageError and still returns the answer', async () => {
    const reported: unknown[] = [];
    const { runtime } = recordingRuntime({
      onUsage: () => {
        throw new Error('billing store down');
      },
      onUsageError: (error) => reported.push(error),
    });
    await expect(runtime.invokeLlm({ target: openAi(), messages: ask('still fine'), caller })).resolves.toMatchObject({
      message: { content: 'Echo: still fine' },
    });
    expect(reported).toEqual([expect.objectContaining({ message: 'billing store down' })]);
  });

  it('hands usage to onUsage as the result settles without waiting for the store', async () => {
    const order: string[] = [];
    const writes: Promise<void>[] = [];
    const { runtime } = recordingRuntime({
      onUsage: () => {
        order.push('handed');
        const write = new Promise<void>((resolve) => setTimeout(resolve, 20)).then(() => void order.push('written'));
        writes.push(write);
        return write;
      },
    });
    await runtime.invokeLlm({ target: openAi(), messages: ask(), caller }).then(() => order.push('result'));
    const stream = runtime.streamLlm({ target: openAi(), messages: ask(), caller });
    for await (const chunk of stream) if (chunk.delta.usage) order.push('final chunk');
    await Promise.all(writes);
    expect(order).toEqual(['handed', 'result', 'handed', 'final chunk', 'written', 'written']);
  });

  it('hands a rejected usage write to onUsageError', async () => {
    const reported: unknown[] = [];
    let failedWrite: Promise<void> | undefined;
    const { runtime } = recordingRuntime({
      onUsage: () => (failedWrite = Promise.reject(new Error('insert failed'))),
      onUsageError: (error) => reported.push(error),
    });
    await expect(runtime.invokeLlm({ target: openAi(), messages: ask('kept'), caller })).resolves.toMatchObject({ message: { content: 'Echo: kept' } });
    await failedWrite?.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reported).toEqual([expect.objectContaining({ message: 'insert failed' })]);
  });

  it('prices tokens from the workspace pricing and passes the caller through', async () => {
    const { runtime, records } = recordingRuntime();
    server.script({ text: 'priced answer', usage: { prompt_tokens: 1000, completion_tokens: 250 } });
    const target = { ...openAi(), pricing: { input: '3', output: '15', unit: '0.000001', currency: 'USD' } };
    const otherCaller = { workspaceId: 'ws-9', type: 'workflow_node' as const, id: 'node-7', userId: 'end-user-3' };
    const result = await runtime.invokeLlm({ target, messages: ask(), caller: otherCaller });
    expect(result.usage).toMatchObject({
      prompt_tokens: 1000,
      prompt_unit_price: '3',
      prompt_price: '0.0030000',
      completion_tokens: 250,
      completion_price: '0.0037500',
      total_price: '0.0067500',
    });
    expect(records).toEqual([
      expect.objectContaining({
        caller: otherCaller,
        provider: 'openai',
        model: 'gpt-4o-mini',
        modelType: 'llm',
        promptTokens: 1000,
        completionTokens: 250,
        totalTokens: 1250,
        promptPrice: '0.0030000',
        completionPrice: '0.0037500',
        totalPrice: '0.0067500',
        currency: 'USD',
        status: 'success',
      }),
    ]);
  });
});
