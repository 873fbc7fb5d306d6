import { describe, expect, it } from 'vitest';
import { MODEL_TYPES } from '../types';
import { findPredefinedModel, getProvider, listProviders, normalizeModelType, resolveProviderName } from './index';

const providers = listProviders();
const allModels = providers.flatMap((p) => p.models.map((m) => ({ provider: p.provider, ...m })));

describe('provider list', () => {
  it('lists the supported providers in a stable order', () => {
    expect(providers.map((p) => p.provider)).toEqual([
      'openai',
      'anthropic',
      'gemini',
      'azure_openai',
      'openai_api_compatible',
      'ollama',
      'cohere',
      'jina',
    ]);
  });

  it.each(providers.map((p) => [p.provider, p] as const))('%s has an icon, labels and model types', (_, provider) => {
    expect(provider.icon).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/);
    expect(provider.label.en_US).not.toBe('');
    expect(provider.label.zh_Hans).toBeTruthy();
    expect(provider.description?.en_US).toBeTruthy();
    expect(provider.description?.zh_Hans).toBeTruthy();
    expect(provider.supported_model_types.length).toBeGreaterThan(0);
    for (const type of provider.supported_model_types) expect(MODEL_TYPES).toContain(type);
    expect(provider.configurate_methods.length).toBeGreaterThan(0);
  });

  it('gives predefined models exactly to the providers configured with them', () => {
    for (const provider of providers) {
      const predefined = provider.configurate_methods.includes('predefined-model');
      expect(provider.models.length > 0, provider.provider).toBe(predefined);
      if (provider.configurate_methods.includes('customizable-model')) {
        expect(provider.model_credential_schema, provider.provider).not.toBeNull();
      }
    }
  });

  it('keeps every predefined model within its provider’s model types, without duplicates', () => {
    for (const provider of providers) {
      const keys = provider.models.map((m) => `${m.model_type}:${m.model}`);
      expect(new Set(keys).size, provider.provider).toBe(keys.length);
      for (const model of provider.models) {
        expect(provider.supported_model_types, `${provider.provider}/${model.model}`).toContain(model.model_type);
        expect(model.fetch_from).toBe('predefined-model');
      }
    }
  });

  it('is shared read-only', () => {
    const gpt = findPredefinedModel('openai', 'gpt-4o-mini');
    expect(() => gpt?.features.push('video')).toThrow(TypeError);
    expect(() => providers[0]?.models.pop()).toThrow(TypeError);
  });
});

describe('predefined models', () => {
  const llms = allModels.filter((m) => m.model_type === 'llm');

  const llmCases = llms.map((m) => [`${m.provider}/${m.model}`, m] as const);

  it.each(llmCases)('%s has a context size and a max_tokens rule', (_, m) => {
    expect(m.model_properties.context_size).toBeGreaterThan(0);
    expect(m.model_properties.mode).toBe('chat');
    const maxTokens = m.parameter_rules.find((r) => r.name === 'max_tokens');
    expect(maxTokens?.type).toBe('int');
    expect(maxTokens?.max).toBeGreaterThan(0);
    expect(maxTokens?.max).toBeLessThanOrEqual(m.model_properties.context_size ?? 0);
  });

  it('keeps every rule’s default within its bounds and options', () => {
    for (const m of allModels) {
      for (const rule of m.parameter_rules) {
        const where = `${m.provider}/${m.model}/${rule.name}`;
        expect(rule.label.en_US, where).toBeTruthy();
        expect(rule.label.zh_Hans, where).toBeTruthy();
        if (typeof rule.default === 'number') {
          if (rule.min !== undefined) expect(rule.default, where).toBeGreaterThanOrEqual(rule.min);
          if (rule.max !== undefined) expect(rule.default, where).toBeLessThanOrEqual(rule.max);
        }
        if (rule.options && typeof rule.default === 'string') expect(rule.options, where).toContain(rule.default);
      }
    }
  });

  it('writes prices as decimal strings', () => {
    for (const m of allModels.filter((x) => x.pricing)) {
      const { input, output, unit, currency } = m.pricing!;
      for (const value of [input, output ?? '0', unit]) expect(value, m.model).toMatch(/^\d+(\.\d+)?$/);
      expect(currency).toBe('USD');
    }
  });

  it('describes OpenAI chat and reasoning models the way the vendor does', () => {
    const mini = findPredefinedModel('openai', 'gpt-4o-mini', 'llm');
    expect(mini?.pricing).toEqual({ input: '0.15', output: '0.60', unit: '0.000001', currency: 'USD' });
    expect(mini?.model_properties.context_size).toBe(128000);
    const features = ['tool-call', 'multi-tool-call', 'stream-tool-call', 'vision'];
    expect(mini?.features).toEqual(expect.arrayContaining(features));
    expect(mini?.parameter_rules.find((r) => r.name === 'temperature')).toMatchObject({ min: 0, max: 2 });
    expect(mini?.parameter_rules.find((r) => r.name === 'response_format')?.options).toEqual([
      'text',
      'json_object',
      'json_schema',
    ]);

    const o3mini = findPredefinedModel('openai', 'o3-mini');
    const names = o3mini?.parameter_rules.map((r) => r.name);
    expect(names).toContain('reasoning_effort');
    expect(names).not.toContain('temperature');
    expect(o3mini?.features).not.toContain('vision');
  });

  it('gives Anthropic models no penalties and a 0..1 temperature', () => {
    const sonnet = findPredefinedModel('anthropic', 'claude-sonnet-4-20250514');
    const names = sonnet?.parameter_rules.map((r) => r.name);
    expect(names).not.toContain('presence_penalty');
    expect(names).not.toContain('frequency_penalty');
    expect(sonnet?.parameter_rules.find((r) => r.name === 'temperature')?.max).toBe(1);
    expect(sonnet?.features).toEqual(expect.arrayContaining(['vision', 'tool-call']));
  });

  it('lists OpenAI voices on every speech model', () => {
    for (const name of ['tts-1', 'tts-1-hd', 'gpt-4o-mini-tts']) {
      const model = findPredefinedModel('openai', name, 'tts');
      const voices = model?.model_properties.voices?.map((v) => v.mode);
      expect(voices).toEqual(['alloy', 'echo', 'fable', 'onyx', 'nova', 'shimmer']);
      expect(model?.model_properties.default_voice).toBe('alloy');
    }
  });

  it('finds a model by alias and type, and misses on the wrong type', () => {
    expect(findPredefinedModel('langgenius/gemini/google', 'gemini-2.5-flash')?.model_type).toBe('llm');
    expect(findPredefinedModel('jinaai', 'jina-reranker-m0', 'rerank')?.model).toBe('jina-reranker-m0');
    expect(findPredefinedModel('openai', 'gpt-4o', 'text-embedding')).toBeUndefined();
    expect(findPredefinedModel('openai', 'no-such-model')).toBeUndefined();
    expect(findPredefinedModel('nobody', 'gpt-4o')).toBeUndefined();
  });
});

describe('names', () => {
  it.each([
    ['openai', 'openai'],
    ['langgenius/openai/openai', 'openai'],
    ['langgenius/anthropic/anthropic', 'anthropic'],
    ['langgenius/gemini/google', 'gemini'],
    ['google', 'gemini'],
    ['langgenius/azure_openai/azure_openai', 'azure_openai'],
    ['langgenius/openai_api_compatible/openai_api_compatible', 'openai_api_compatible'],
    ['langgenius/ollama/ollama', 'ollama'],
    ['langgenius/cohere/cohere', 'cohere'],
    ['langgenius/jina/jina', 'jina'],
    ['jinaai', 'jina'],
    ['OpenAI', 'openai'],
  ])('resolves %s to %s', (alias, canonical) => {
    expect(resolveProviderName(alias)).toBe(canonical);
    expect(getProvider(alias)?.provider).toBe(canonical);
  });

  it('resolves nothing for an unknown provider', () => {
    expect(resolveProviderName('langgenius/openai/other')).toBeUndefined();
    expect(getProvider('')).toBeUndefined();
  });

  it.each([
    ['llm', 'llm'],
    ['text-generation', 'llm'],
    ['embeddings', 'text-embedding'],
    ['text_embedding', 'text-embedding'],
    ['reranking', 'rerank'],
    ['rerank', 'rerank'],
    ['speech2text', 'speech2text'],
    ['tts', 'tts'],
    ['moderation', 'moderation'],
  ])('normalizes model type %s to %s', (value, type) => {
    expect(normalizeModelType(value)).toBe(type);
  });

  it('rejects an unknown model type', () => {
    expect(normalizeModelType('text2img')).toBeUndefined();
    expect(normalizeModelType('')).toBeUndefined();
  });
});
