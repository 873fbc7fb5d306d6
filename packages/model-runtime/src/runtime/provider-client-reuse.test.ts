import { describe, expect, it } from 'vitest';
import { providerClient, resolveModel } from './resolve-model';
import { type RuntimeContext } from './runtime-context';
import { type ModelTarget } from '../types';

const context = (): RuntimeContext => ({ fetch: globalThis.fetch, maxRetries: 0, timeoutMs: 1000, report: async () => {} });

describe('providerClient', () => {
  it('builds one client per runtime, credentials object and provider', () => {
    const runtime = context();
    const credentials = { endpoint_url: 'http://models.test/v1', api_key: 'k' };
    const first = providerClient(runtime, { provider: 'openai_api_compatible', credentials });
    expect(providerClient(runtime, { provider: 'openai_api_compatible', credentials })).toBe(first);
    // Equal but new credentials (a changed key is always a new object) get their own client.
    expect(providerClient(runtime, { provider: 'openai_api_compatible', credentials: { ...credentials } })).not.toBe(first);
    expect(providerClient(context(), { provider: 'openai_api_compatible', credentials })).not.toBe(first);
  });

  it('reuses the SDK model of a client for the same type and name', () => {
    const runtime = context();
    const credentials = { endpoint_url: 'http://models.test/v1', api_key: 'k' };
    const target = (model: string) => ({ provider: 'openai_api_compatible', model, modelType: 'llm', credentials }) as unknown as ModelTarget;
    const first = resolveModel(runtime, target('a'), 'languageModel');
    expect(resolveModel(runtime, target('a'), 'languageModel')).toBe(first);
    expect(resolveModel(runtime, target('b'), 'languageModel')).not.toBe(first);
    expect(resolveModel(runtime, { ...target('a'), credentials: { ...credentials } }, 'languageModel')).not.toBe(first);
    expect(resolveModel(runtime, target('a'), 'embeddingModel')).not.toBe(first);
  });
});
