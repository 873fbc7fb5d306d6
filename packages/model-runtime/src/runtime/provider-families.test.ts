import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deterministicEmbedding, startTestModelServer, type TestModelServer } from '../testing';
import type { LlmChunk, ModelTarget, PromptMessage } from '../types';
import { caller, credentialsFor, recordingRuntime, targetFor } from './test-fixtures';

let server: TestModelServer;
beforeAll(async () => {
  server = await startTestModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

async function streamedText(target: ModelTarget, text: string) {
  const { runtime } = recordingRuntime();
  const stream = runtime.streamLlm({ target, messages: [{ role: 'user', content: text }], caller });
  const chunks: LlmChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { text: chunks.map((chunk) => chunk.delta.message.content).join(''), last: chunks.at(-1)! };
}

const llmTargets = () => {
  const credentials = credentialsFor(server.url);
  return {
    openai_api_compatible: {
      target: targetFor('openai_api_compatible', 'local-llama', 'llm', {
        ...credentials.openai_api_compatible,
        endpoint_model_name: 'llama-3.1-8b',
      }),
      path: '/v1/chat/completions',
      model: 'llama-3.1-8b',
    },
    azure_openai: {
      target: targetFor('azure_openai', 'my-gpt4o-deployment', 'llm', credentials.azure_openai),
      path: '/openai/deployments/my-gpt4o-deployment/chat/completions',
      model: undefined,
    },
    anthropic: {
      target: targetFor('anthropic', 'claude-3-5-haiku-20241022', 'llm', credentials.anthropic),
      path: '/v1/messages',
      model: 'claude-3-5-haiku-20241022',
    },
    gemini: {
      target: targetFor('gemini', 'gemini-2.0-flash', 'llm', credentials.gemini),
      path: '/v1beta/models/gemini-2.0-flash:generateContent',
      model: undefined,
    },
    ollama: {
      target: targetFor('ollama', 'llama3.2', 'llm', credentials.ollama),
      path: '/api/chat',
      model: 'llama3.2',
    },
  };
};

const LLM_FAMILIES = ['openai_api_compatible', 'azure_openai', 'anthropic', 'gemini', 'ollama'] as const;

describe.each(LLM_FAMILIES)('%s chat', (family) => {
  it('invokes the vendor’s own endpoint and reports usage', async () => {
    const { target, path, model } = llmTargets()[family];
    const { runtime, records } = recordingRuntime();
    const result = await runtime.invokeLlm({ target, messages: [{ role: 'user', content: 'hello from tessera' }], caller });
    expect(result.message.content).toBe('Echo: hello from tessera');
    expect(result.usage.completion_tokens).toBe(4);
    const request = server.requests.at(-1)!;
    expect(request.path).toBe(path);
    if (model) expect((request.body as { model?: string }).model).toBe(model);
    expect(records[0]).toMatchObject({ provider: family, status: 'success', completionTokens: 4 });
  });

  it('round-trips a tool call and answers in a schema', async () => {
    const { target } = llmTargets()[family];
    const { runtime } = recordingRuntime();
    const tools = [{ name: 'search', description: 'Search', parameters: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } }];
    const messages: PromptMessage[] = [{ role: 'user', content: 'call search please' }];
    const first = await runtime.invokeLlm({ target, messages, tools, caller });
    const call = first.message.tool_calls[0]!;
    expect(call.function).toEqual({ name: 'search', arguments: '{"q":"example"}' });
    const answer = await runtime.invokeLlm({
      target,
      messages: [...messages, first.message, { role: 'tool', tool_call_id: call.id, content: 'found it' }],
      tools,
      caller,
    });
    expect(answer.message.content).toBe('Tool search returned: found it');

    const structuredTarget = { ...target, credentials: { ...target.credentials, structured_output_support: 'supported' } };
    const structured = await runtime.invokeLlm({
      target: structuredTarget,
      messages: [{ role: 'user', content: 'json please' }],
      structuredOutputSchema: { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] },
      caller,
    });
    expect(structured.structured_output).toEqual({ answer: 'example' });
  });

  it('streams the same answer with usage at the end', async () => {
    const { target } = llmTargets()[family];
    const { text, last } = await streamedText(target, 'stream this please');
    expect(text).toBe('Echo: stream this please');
    expect(last.delta.finish_reason).toBe('stop');
    expect(last.delta.usage?.completion_tokens).toBe(4);
  });
});

describe('other provider details', () => {
  it('tells a model without native structured output the schema in a system message', async () => {
    const { runtime } = recordingRuntime();
    const target = llmTargets().openai_api_compatible.target;
    expect(target.definition.features).not.toContain('structured-output');
    const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] };
    server.script({ text: '{"answer":"42"}' });
    const result = await runtime.invokeLlm({ target, messages: [{ role: 'user', content: 'json' }], structuredOutputSchema: schema, caller });
    expect(result.structured_output).toEqual({ answer: '42' });
    const body = server.requests.at(-1)!.body as { messages: { role: string; content: string }[]; response_format: unknown };
    expect(body.response_format).toEqual({ type: 'json_object' });
    expect(body.messages[0]!.role).toBe('system');
    expect(body.messages[0]!.content).toContain(JSON.stringify(schema));
  });

  it('sends Azure’s api-version and api-key header', async () => {
    const { runtime } = recordingRuntime();
    const target = llmTargets().azure_openai.target;
    await runtime.invokeLlm({ target, messages: [{ role: 'user', content: 'hi' }], caller });
    const request = server.requests.at(-1)!;
    expect(request.query['api-version']).toBe('2024-10-21');
    expect(request.headers['api-key']).toBe('azure-key');
  });

  it('runs Anthropic tool calls', async () => {
    const { runtime } = recordingRuntime();
    const result = await runtime.invokeLlm({
      target: llmTargets().anthropic.target,
      messages: [{ role: 'user', content: 'call search now' }],
      tools: [{ name: 'search', description: 'Search', parameters: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } }],
      caller,
    });
    expect(result.finish_reason).toBe('tool_calls');
    expect(result.message.tool_calls[0]).toMatchObject({ type: 'function', function: { name: 'search', arguments: '{"q":"example"}' } });
  });

  it('embeds with Gemini, Ollama, Cohere and Jina', async () => {
    const credentials = credentialsFor(server.url);
    const { runtime } = recordingRuntime();
    const targets = [
      targetFor('gemini', 'text-embedding-004', 'text-embedding', credentials.gemini),
      targetFor('ollama', 'nomic-embed-text', 'text-embedding', credentials.ollama),
      targetFor('cohere', 'embed-english-v3.0', 'text-embedding', credentials.cohere),
      targetFor('jina', 'jina-embeddings-v3', 'text-embedding', credentials.jina),
    ];
    for (const target of targets) {
      const result = await runtime.embed({ target, texts: ['alpha', 'beta'], inputType: 'query', caller });
      expect(result.embeddings).toHaveLength(2);
      expect(result.embeddings[0]!.length).toBeGreaterThan(0);
      expect(result.embeddings[0]).not.toEqual(result.embeddings[1]);
    }
    const paths = server.requests.map((request) => request.path);
    expect(paths).toEqual([
      '/v1beta/models/text-embedding-004:batchEmbedContents',
      '/api/embed',
      '/v2/embed',
      '/v1/embeddings',
    ]);
    expect(server.requests[2]!.body).toMatchObject({ input_type: 'search_query' });
  });

  it('reranks with Cohere (v2 API) and Jina', async () => {
    const credentials = credentialsFor(server.url);
    const { runtime } = recordingRuntime();
    const documents = ['bananas are yellow', 'the capital of France is Paris', 'cats purr'];
    for (const target of [
      targetFor('cohere', 'rerank-v3.5', 'rerank', credentials.cohere),
      targetFor('jina', 'jina-reranker-v2-base-multilingual', 'rerank', credentials.jina),
    ]) {
      const result = await runtime.rerank({ target, query: 'capital of France', documents, caller });
      expect(result.docs).toHaveLength(3);
      expect(result.docs[0]).toMatchObject({ index: 1, text: 'the capital of France is Paris' });
    }
    expect(server.requests.map((request) => request.path)).toEqual(['/v2/rerank', '/v1/rerank']);
    expect(server.requests[1]!.headers.authorization).toBe('Bearer jina-key');
  });

  it('keeps embeddings in input order for the OpenAI-compatible family', async () => {
    const { runtime } = recordingRuntime();
    const target = targetFor('openai_api_compatible', 'bge-m3', 'text-embedding', credentialsFor(server.url).openai_api_compatible);
    const texts = ['one', 'two', 'three'];
    const result = await runtime.embed({ target, texts, caller });
    const dimensions = result.embeddings[0]!.length;
    result.embeddings.forEach((vector, index) => {
      const expected = deterministicEmbedding(texts[index]!, dimensions);
      vector.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 5));
    });
  });
});
