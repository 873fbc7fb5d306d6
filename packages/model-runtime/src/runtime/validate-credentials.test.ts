import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CredentialsValidationError } from '../errors';
import { startTestModelServer, type TestModelServer } from '../testing';
import type { ModelType } from '../types';
import { credentialsFor, recordingRuntime } from './test-fixtures';

let server: TestModelServer;
beforeAll(async () => {
  server = await startTestModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const paths = () => server.requests.map((request) => `${request.method} ${request.path}`);

async function validationError(promise: Promise<void>): Promise<CredentialsValidationError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CredentialsValidationError);
  return error as CredentialsValidationError;
}

describe('validateCredentials for predefined providers', () => {
  it('accepts working OpenAI credentials with one tiny chat call to a cheap model', async () => {
    const { runtime, records } = recordingRuntime();
    await runtime.validateCredentials({ provider: 'langgenius/openai/openai', credentials: credentialsFor(server.url).openai });
    expect(paths()).toEqual(['POST /v1/chat/completions']);
    const body = server.requests[0]!.body as { model: string; max_tokens?: number };
    expect(body.max_tokens).toBe(1);
    expect(body.model).not.toMatch(/^o\d|gpt-5/);
    expect(records).toHaveLength(0);
  });

  it('reports the provider’s own words for a refused key', async () => {
    const { runtime } = recordingRuntime();
    const error = await validationError(
      runtime.validateCredentials({
        provider: 'openai',
        credentials: { ...credentialsFor(server.url).openai, openai_api_key: 'invalid-key-000' },
      }),
    );
    expect(error.message).toBe('Incorrect API key provided: inva****');
  });

  it('checks the credential shape before calling anyone', async () => {
    const { runtime } = recordingRuntime();
    const error = await validationError(runtime.validateCredentials({ provider: 'anthropic', credentials: {} }));
    expect(error.message).toMatch(/anthropic_api_key/);
    expect(server.requests).toHaveLength(0);
  });

  it('validates a rerank-only provider with a one-document rerank', async () => {
    const { runtime } = recordingRuntime();
    await runtime.validateCredentials({ provider: 'cohere', credentials: credentialsFor(server.url).cohere });
    expect(paths()).toEqual(['POST /v2/rerank']);
    expect((server.requests[0]!.body as { documents: unknown[] }).documents).toHaveLength(1);
  });

  it('rejects an unknown provider', async () => {
    const { runtime } = recordingRuntime();
    await validationError(runtime.validateCredentials({ provider: 'nope', credentials: {} }));
  });
});

describe('validateCredentials for customizable providers', () => {
  it('lists the models of an OpenAI-compatible endpoint for provider credentials', async () => {
    const { runtime } = recordingRuntime();
    await runtime.validateCredentials({
      provider: 'openai_api_compatible',
      credentials: credentialsFor(server.url).openai_api_compatible,
    });
    expect(paths()).toEqual(['GET /v1/models']);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk-test');
  });

  it('lists Ollama’s tags for its base URL', async () => {
    const { runtime } = recordingRuntime();
    await runtime.validateCredentials({ provider: 'ollama', credentials: credentialsFor(server.url).ollama });
    expect(paths()).toEqual(['GET /api/tags']);
  });

  it('fails when the endpoint refuses the key', async () => {
    const { runtime } = recordingRuntime();
    const error = await validationError(
      runtime.validateCredentials({
        provider: 'openai_api_compatible',
        credentials: { ...credentialsFor(server.url).openai_api_compatible, api_key: 'invalid-local' },
      }),
    );
    expect(error.message).toMatch(/Incorrect API key provided/);
  });

  it('fails when nothing listens at the endpoint', async () => {
    const { runtime } = recordingRuntime({ maxRetries: 0 });
    const error = await validationError(
      runtime.validateCredentials({ provider: 'ollama', credentials: { base_url: 'http://127.0.0.1:9' } }),
    );
    expect(error.message).toMatch(/Cannot connect|ECONNREFUSED|fetch failed/i);
  });

  const customCases: [ModelType, string, string][] = [
    ['llm', 'my-llm', 'POST /v1/chat/completions'],
    ['text-embedding', 'my-embedder', 'POST /v1/embeddings'],
    ['rerank', 'my-reranker', 'POST /v1/rerank'],
    ['tts', 'my-voice', 'POST /v1/audio/speech'],
    ['speech2text', 'my-ears', 'GET /v1/models'],
  ];
  it.each(customCases)('calls a custom %s model by its type', async (modelType, model, call) => {
    const { runtime } = recordingRuntime();
    await runtime.validateCredentials({
      provider: 'openai_api_compatible',
      credentials: { ...credentialsFor(server.url).openai_api_compatible, voices: 'alloy' },
      model,
      modelType,
    });
    expect(paths()).toEqual([call]);
  });

  it('fails a custom model the server does not have', async () => {
    const { runtime } = recordingRuntime();
    const error = await validationError(
      runtime.validateCredentials({
        provider: 'azure_openai',
        credentials: credentialsFor(server.url).azure_openai,
        model: 'missing-model',
        modelType: 'llm',
      }),
    );
    expect(error.message).toMatch(/missing-model/);
    expect(server.requests[0]!.path).toBe('/openai/deployments/missing-model/chat/completions');
  });
});
