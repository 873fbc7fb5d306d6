import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isModelRuntimeError } from '../errors';
import { startTestModelServer, type TestModelServer } from '../testing';
import type { PromptMessage, ToolDefinition } from '../types';
import { caller, credentialsFor, recordingRuntime, targetFor } from './test-fixtures';

let server: TestModelServer;
beforeAll(async () => {
  server = await startTestModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const weatherTool: ToolDefinition = {
  name: 'get_weather',
  description: 'Current weather for a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

const personSchema = {
  type: 'object',
  properties: { name: { type: 'string' }, age: { type: 'integer' } },
  required: ['name', 'age'],
  additionalProperties: false,
};

function openAiTarget() {
  return targetFor('openai', 'gpt-4o-mini', 'llm', credentialsFor(server.url).openai);
}

const lastBody = () => server.requests.at(-1)?.body as Record<string, unknown>;

describe('invokeLlm', () => {
  it('answers through the Chat Completions API with Dify-shaped usage', async () => {
    const { runtime } = recordingRuntime();
    const result = await runtime.invokeLlm({
      target: openAiTarget(),
      messages: [
        { role: 'system', content: 'You echo.' },
        { role: 'user', content: 'hello there world' },
      ],
      caller,
    });
    expect(result.message).toEqual({ role: 'assistant', content: 'Echo: hello there world', tool_calls: [] });
    expect(result.finish_reason).toBe('stop');
    expect(result.usage).toMatchObject({ prompt_tokens: 5, completion_tokens: 4, total_tokens: 9, currency: 'USD' });
    expect(server.requests.at(-1)?.path).toBe('/v1/chat/completions');
  });

  it('sends Dify completion params under their SDK names and merges stop words', async () => {
    const { runtime } = recordingRuntime();
    await runtime.invokeLlm({
      target: openAiTarget(),
      messages: [{ role: 'user', content: 'hi' }],
      parameters: { temperature: 0.3, top_p: 0.9, max_tokens: 77, presence_penalty: 0.5, frequency_penalty: 0.25, seed: 7, stop: ['END'] },
      stop: ['STOP', 'END'],
      caller,
    });
    expect(lastBody()).toMatchObject({
      temperature: 0.3,
      top_p: 0.9,
      max_tokens: 77,
      presence_penalty: 0.5,
      frequency_penalty: 0.25,
      seed: 7,
      stop: ['END', 'STOP'],
    });
  });

  it('returns tool calls without running them, then answers from the tool result', async () => {
    const { runtime } = recordingRuntime();
    const messages: PromptMessage[] = [{ role: 'user', content: 'please call get_weather for me' }];
    const first = await runtime.invokeLlm({ target: openAiTarget(), messages, tools: [weatherTool], caller });
    expect(first.finish_reason).toBe('tool_calls');
    expect(first.message.tool_calls).toHaveLength(1);
    const call = first.message.tool_calls[0]!;
    expect(call.function.name).toBe('get_weather');
    expect(JSON.parse(call.function.arguments)).toEqual({ city: 'example' });
    expect(server.requests).toHaveLength(1);

    const second = await runtime.invokeLlm({
      target: openAiTarget(),
      messages: [...messages, first.message, { role: 'tool', tool_call_id: call.id, content: 'sunny, 21°C' }],
      tools: [weatherTool],
      caller,
    });
    expect(second.message.content).toBe('Tool get_weather returned: sunny, 21°C');
    expect(second.finish_reason).toBe('stop');
    const sent = lastBody().messages as { role: string; tool_call_id?: string }[];
    expect(sent.at(-1)).toMatchObject({ role: 'tool', tool_call_id: call.id });
  });

  it('parses and validates structured output against its schema', async () => {
    const { runtime } = recordingRuntime();
    const result = await runtime.invokeLlm({
      target: openAiTarget(),
      messages: [{ role: 'user', content: 'describe a person' }],
      structuredOutputSchema: personSchema,
      caller,
    });
    expect(result.structured_output).toEqual({ name: 'example', age: 1 });
    expect(JSON.parse(result.message.content)).toEqual({ name: 'example', age: 1 });
    expect(lastBody().response_format).toMatchObject({ type: 'json_schema' });
  });

  it('takes the schema from Dify’s json_schema parameter too', async () => {
    const { runtime } = recordingRuntime();
    const result = await runtime.invokeLlm({
      target: openAiTarget(),
      messages: [{ role: 'user', content: 'describe a person' }],
      parameters: { response_format: 'json_schema', json_schema: JSON.stringify({ name: 'person', schema: personSchema }) },
      caller,
    });
    expect(result.structured_output).toEqual({ name: 'example', age: 1 });
    expect(lastBody().response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'person' } });
  });

  it('fails with completion_request_error when the answer misses the schema, still billing its tokens', async () => {
    const { runtime, records } = recordingRuntime();
    server.script({ text: '{"name": "Ada"}', usage: { prompt_tokens: 11, completion_tokens: 5 } });
    const failure = await runtime
      .invokeLlm({ target: openAiTarget(), messages: [{ role: 'user', content: 'person' }], structuredOutputSchema: personSchema, caller })
      .catch((error: unknown) => error);
    expect(isModelRuntimeError(failure) && failure.code).toBe('completion_request_error');
    expect((failure as Error).message).toMatch(/does not satisfy the JSON schema.*age/s);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'error', errorCode: 'completion_request_error', promptTokens: 11, completionTokens: 5 });
  });

  it('sends vision input as an image_url part', async () => {
    const { runtime } = recordingRuntime();
    await runtime.invokeLlm({
      target: openAiTarget(),
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', data: 'what is in these images' },
            { type: 'image', url: 'https://images.example.test/cat.png', mime_type: 'image/png' },
            { type: 'image', base64_data: 'iVBORw0KGgo=', mime_type: 'image/png' },
          ],
        },
      ],
      caller,
    });
    const content = (lastBody().messages as { content: { type: string; image_url?: { url: string } }[] }[])[0]!.content;
    expect(content.map((part) => part.type)).toEqual(['text', 'image_url', 'image_url']);
    expect(content[1]!.image_url!.url).toBe('https://images.example.test/cat.png');
    expect(content[2]!.image_url!.url).toBe('data:image/png;base64,iVBORw0KGgo=');
  });
});
