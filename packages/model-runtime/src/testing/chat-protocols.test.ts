import { createAnthropic } from '@ai-sdk/anthropic';
import { createAzure } from '@ai-sdk/azure';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import { generateText, jsonSchema, Output, stepCountIs, streamText, tool } from 'ai';
import { createOllama } from 'ollama-ai-provider-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestModelServer, type TestModelServer } from './index';

let server: TestModelServer;
beforeAll(async () => {
  server = await startTestModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const anthropic = (modelId: string) => createAnthropic({ baseURL: `${server.url}/v1`, apiKey: 'k' })(modelId);
const azureOptions = { apiKey: 'k', useDeploymentBasedUrls: true, apiVersion: '2024-10-21' };

const vendors: [name: string, model: () => LanguageModelV3, chatPath: string][] = [
  ['openai', () => createOpenAI({ baseURL: server.openaiBaseUrl, apiKey: 'k' }).chat('gpt-4o-mini'), '/v1/chat/completions'],
  [
    'openai-compatible',
    () => createOpenAICompatible({
        name: 'compat',
        baseURL: `${server.url}/anything/v1`,
        apiKey: 'k',
        includeUsage: true,
        supportsStructuredOutputs: true,
      })('m'),
    '/anything/v1/chat/completions',
  ],
  [
    'azure',
    () =>
      createAzure({ baseURL: `${server.url}/openai`, ...azureOptions }).chat('dep'),
    '/openai/deployments/dep/chat/completions',
  ],
  ['anthropic', () => anthropic('claude-haiku-4-5'), '/v1/messages'],
  ['anthropic-json-tool', () => anthropic('claude-3-haiku'), '/v1/messages'],
  [
    'gemini',
    () => createGoogleGenerativeAI({ baseURL: `${server.url}/v1beta`, apiKey: 'k' })('gemini-2.5-flash'),
    ':generateContent',
  ],
  ['ollama', () => createOllama({ baseURL: `${server.url}/api` })('llama3.2'), '/api/chat'],
];

const weather = tool({
  description: 'Current weather for a city',
  inputSchema: jsonSchema<{ city: string; days?: number }>({
    type: 'object',
    properties: { city: { type: 'string' }, days: { type: 'integer' } },
    required: ['city'],
  }),
  execute: async ({ city }) => `sunny in ${city}`,
});

const personSchema = jsonSchema<{ name: string; age: number; tags: string[]; address: { city: string } }>({
  type: 'object',
  properties: {
    name: { type: 'string' },
    age: { type: 'integer' },
    tags: { type: 'array', items: { type: 'string' } },
    address: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
  },
  required: ['name', 'age', 'tags', 'address'],
  additionalProperties: false,
});

describe.each(vendors)('%s', (_name, model, chatPath) => {
  it('echoes the last user message with word-count usage', async () => {
    const result = await generateText({ model: model(), system: 'Be brief.', prompt: 'hello there world' });
    expect(result.text).toBe('Echo: hello there world');
    expect(result.usage.inputTokens).toBe(5);
    expect(result.usage.outputTokens).toBe(4);
    expect(result.finishReason).toBe('stop');
    expect(server.requests.at(-1)?.path).toContain(chatPath);
  });

  it('streams the echo one word per delta', async () => {
    const result = streamText({ model: model(), prompt: 'stream  these words' });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.filter((delta) => delta !== '')).toEqual(['Echo:', ' stream', '  these', ' words']);
    expect(await result.text).toBe('Echo: stream  these words');
    expect((await result.usage).outputTokens).toBe(4);
  });

  it('returns a scripted reply once, then echoes again', async () => {
    const usage = { prompt_tokens: 11, completion_tokens: 7 };
    server.script({ text: 'Scripted answer here', finishReason: 'length', usage });
    const scripted = await generateText({ model: model(), prompt: 'anything' });
    expect(scripted.text).toBe('Scripted answer here');
    expect(scripted.finishReason).toBe('length');
    expect(scripted.usage.inputTokens).toBe(11);
    expect(scripted.usage.outputTokens).toBe(7);
    expect((await generateText({ model: model(), prompt: 'again' })).text).toBe('Echo: again');
  });

  it('calls a tool the user names and summarises its result', async () => {
    const result = await generateText({
      model: model(),
      prompt: 'Use weather please',
      tools: { weather },
      stopWhen: stepCountIs(2),
    });
    const calls = result.steps[0]?.toolCalls.map((call) => [call.toolName, call.input]);
    expect(calls).toEqual([['weather', { city: 'example' }]]);
    expect(result.steps[0]?.finishReason).toBe('tool-calls');
    expect(result.text).toBe('Tool weather returned: sunny in example');
  });

  it('streams a tool call and its follow-up answer', async () => {
    const prompt = 'what does weather say';
    const result = streamText({ model: model(), prompt, tools: { weather }, stopWhen: stepCountIs(2) });
    expect(await result.text).toBe('Tool weather returned: sunny in example');
    const steps = await result.steps;
    expect(steps[0]?.toolCalls[0]?.input).toEqual({ city: 'example' });
  });

  it('replies with JSON that satisfies the requested schema', async () => {
    const output = Output.object({ schema: personSchema });
    const result = await generateText({ model: model(), prompt: 'describe a person', output });
    expect(result.output).toEqual({ name: 'example', age: 1, tags: ['example'], address: { city: 'example' } });
  });
});

describe('JSON mode without a schema', () => {
  it('wraps the echo in a JSON object', async () => {
    const model = createOpenAICompatible({ name: 'compat', baseURL: server.openaiBaseUrl, apiKey: 'k' })('m');
    const result = await generateText({ model, prompt: 'just json', output: Output.json() });
    expect(result.output).toEqual({ echo: 'just json' });
    expect((server.requests.at(-1)?.body as { response_format: unknown }).response_format).toEqual({ type: 'json_object' });
  });
});
