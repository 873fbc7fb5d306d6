import { createAnthropic } from '@ai-sdk/anthropic';
import { createAzure } from '@ai-sdk/azure';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { APICallError, type LanguageModelV3 } from '@ai-sdk/provider';
import { embed, generateText, streamText } from 'ai';
import { createOllama } from 'ollama-ai-provider-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestModelServer, type TestModelServer } from './index';

let server: TestModelServer;
beforeAll(async () => {
  server = await startTestModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const openai = (apiKey = 'k') => createOpenAI({ baseURL: server.openaiBaseUrl, apiKey });

async function callError(model: LanguageModelV3): Promise<APICallError> {
  const error = await generateText({ model, prompt: 'hi', maxRetries: 0 }).catch((e: unknown) => e);
  if (!APICallError.isInstance(error)) throw new Error(`expected an APICallError, got ${String(error)}`);
  return error;
}

describe('credentials and models', () => {
  it('refuses keys starting with "invalid" with 401 in each vendor shape', async () => {
    const openAiError = await callError(openai('invalid-key-123').chat('gpt-4o-mini'));
    expect(openAiError.statusCode).toBe(401);
    expect(openAiError.message).toBe('Incorrect API key provided: inva****');
    expect(JSON.parse(openAiError.responseBody ?? '{}').error.code).toBe('invalid_api_key');

    const anthropic = createAnthropic({ baseURL: `${server.url}/v1`, apiKey: 'invalid' });
    const anthropicError = await callError(anthropic('claude-haiku-4-5'));
    expect([anthropicError.statusCode, anthropicError.message]).toEqual([401, 'invalid x-api-key']);

    const google = createGoogleGenerativeAI({ baseURL: `${server.url}/v1beta`, apiKey: 'invalid' });
    const googleError = await callError(google('gemini-2.5-flash'));
    expect([googleError.statusCode, googleError.message]).toEqual([401, 'API key not valid. Please pass a valid API key.']);

    const byQuery = await fetch(`${server.url}/v1beta/models/gemini-2.5-flash:generateContent?key=invalid`, {
      method: 'POST',
      body: '{}',
    });
    expect(((await byQuery.json()) as { error: { status: string } }).error.status).toBe('UNAUTHENTICATED');

    const ollama = createOllama({ baseURL: `${server.url}/api`, headers: { authorization: 'Bearer invalid' } });
    const ollamaError = await callError(ollama('llama3.2'));
    expect(ollamaError.statusCode).toBe(401);
    expect(JSON.parse(ollamaError.responseBody ?? '{}')).toEqual({ error: 'unauthorized' });
  });

  it('answers "quota" keys with a non-transient 429 insufficient_quota', async () => {
    const error = await callError(openai('quota-exhausted').chat('gpt-4o-mini'));
    expect(error.statusCode).toBe(429);
    expect(error.message).toMatch(/^You exceeded your current quota/);
    expect(JSON.parse(error.responseBody ?? '{}').error.code).toBe('insufficient_quota');
    expect(error.responseHeaders?.['retry-after-ms']).toBeUndefined();
  });

  it('answers the model "missing-model" with 404 model_not_found', async () => {
    const error = await callError(openai().chat('missing-model'));
    expect(error.statusCode).toBe(404);
    expect(error.message).toContain('The model `missing-model` does not exist');
    expect(JSON.parse(error.responseBody ?? '{}').error.code).toBe('model_not_found');

    const google = createGoogleGenerativeAI({ baseURL: `${server.url}/v1beta`, apiKey: 'k' });
    expect((await callError(google('missing-model'))).statusCode).toBe(404);
  });
});

describe('failNext', () => {
  it('fails the next requests with retry headers, and SDK retries then succeed', async () => {
    server.failNext({ status: 503, times: 2 });
    const result = await generateText({ model: openai().chat('gpt-4o-mini'), prompt: 'retry me', maxRetries: 2 });
    expect(result.text).toBe('Echo: retry me');
    expect(server.requests).toHaveLength(3);
  });

  it('uses the vendor error shape by default and the given body when set', async () => {
    server.failNext({ status: 429, retryAfterMs: 1500 });
    const headers = { 'content-type': 'application/json' };
    const response = await fetch(`${server.url}/v1/messages`, { method: 'POST', body: '{}', headers });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after-ms')).toBe('1500');
    expect(response.headers.get('retry-after')).toBe('2');
    const error = { type: 'rate_limit_error', message: 'Simulated upstream failure' };
    expect(await response.json()).toEqual({ type: 'error', error });

    server.failNext({ status: 400, body: { error: { message: 'custom' } } });
    const custom = await callError(openai().chat('gpt-4o-mini'));
    expect([custom.statusCode, custom.message]).toEqual([400, 'custom']);
    expect(custom.responseHeaders?.['retry-after-ms']).toBeUndefined();
  });

  it('only hits requests whose path includes pathIncludes', async () => {
    server.failNext({ status: 500, pathIncludes: '/embeddings' });
    expect((await generateText({ model: openai().chat('m'), prompt: 'fine' })).text).toBe('Echo: fine');
    const failed = await embed({ model: openai().embedding('e'), value: 'x', maxRetries: 0 }).catch((e: unknown) => e);
    expect(APICallError.isInstance(failed) && failed.statusCode).toBe(500);
    expect((await embed({ model: openai().embedding('e'), value: 'x' })).embedding).toHaveLength(256);
  });
});

describe('latency knobs', () => {
  it('delays the first token by ttftMs and paces the rest', async () => {
    server.setLatency({ ttftMs: 150, tokensPerSecond: 50 });
    const result = streamText({ model: openai().chat('m'), prompt: 'one two three' });
    const deltas: string[] = [];
    for await (const delta of result.textStream) if (delta) deltas.push(delta);
    expect(deltas).toHaveLength(4);
    expect(server.pausesMs).toEqual([150, 20, 20, 20]);

    await generateText({ model: openai().chat('m'), prompt: 'one two three' });
    expect(server.pausesMs.slice(4)).toEqual([150 + 3 * 20]);
  });

  it('does not wait at all when unset', async () => {
    await generateText({ model: openai().chat('m'), prompt: 'fast' });
    await streamText({ model: openai().chat('m'), prompt: 'fast too' }).text;
    expect(server.pausesMs).toEqual([]);
  });
});

describe('aborted streams', () => {
  const models: [string, () => LanguageModelV3][] = [
    ['openai', () => openai().chat('m')],
    ['ollama', () => createOllama({ baseURL: `${server.url}/api` })('llama3.2')],
  ];

  it.each(models)('counts a %s stream whose client went away', async (_name, model) => {
    server.setLatency({ tokensPerSecond: 40 });
    server.script({ text: Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ') });
    const controller = new AbortController();
    const result = streamText({ model: model(), prompt: 'long', abortSignal: controller.signal });
    const received: string[] = [];
    for await (const delta of result.textStream) {
      received.push(delta);
      if (received.join('').includes('word1')) controller.abort();
    }
    await server.waitForAbortedStreams(1, 1000);
    expect(server.abortedStreams).toBe(1);
  });

  it('does not count streams that finished', async () => {
    await streamText({ model: openai().chat('m'), prompt: 'short' }).text;
    await expect(server.waitForAbortedStreams(1, 50)).rejects.toThrow(/within 50 ms/);
    expect(server.abortedStreams).toBe(0);
  });
});

describe('recording and reset', () => {
  it('records method, path, query, headers and parsed body, whatever the base-URL prefix', async () => {
    const azure = createAzure({
      baseURL: `${server.url}/openai`,
      apiKey: 'az',
      useDeploymentBasedUrls: true,
      apiVersion: '2024-10-21',
    });
    await generateText({ model: azure.chat('my-deployment'), prompt: 'recorded' });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/openai/deployments/my-deployment/chat/completions');
    expect(request?.query).toEqual({ 'api-version': '2024-10-21' });
    expect(request?.headers['api-key']).toBe('az');
    expect((request?.body as { messages: unknown[] }).messages).toEqual([{ role: 'user', content: 'recorded' }]);
    expect(typeof request?.at).toBe('number');
  });

  it('reset clears scripts, failures and requests', async () => {
    server.script({ text: 'never used' });
    server.failNext({ status: 500 });
    server.reset();
    expect(server.requests).toHaveLength(0);
    expect((await generateText({ model: openai().chat('m'), prompt: 'clean' })).text).toBe('Echo: clean');
  });

  it('answers unknown paths with 404 and malformed JSON with 400', async () => {
    const response = await fetch(`${server.url}/v1/nothing-here`, { method: 'POST' });
    expect(response.status).toBe(404);
    const headers = { 'content-type': 'application/json' };
    const malformed = await fetch(`${server.url}/v1/chat/completions`, { method: 'POST', body: '{"model":', headers });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
  });
});
