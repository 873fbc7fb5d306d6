import { describe, expect, it } from 'vitest';
import { customModelDefinition, findPredefinedModel } from './index';

const ruleMax = (rules: { name: string; max?: number }[], name: string) => rules.find((r) => r.name === name)?.max;

describe('customModelDefinition for OpenAI-API-compatible models', () => {
  it('derives context, mode, features, rules and prices from the credentials', () => {
    const model = customModelDefinition('openai_api_compatible', 'qwen3-32b', 'llm', {
      endpoint_url: 'http://127.0.0.1:8000/v1',
      mode: 'completion',
      context_size: '32768',
      max_tokens_to_sample: '8192',
      function_calling_type: 'tool_call',
      stream_function_calling: 'supported',
      vision_support: 'support',
      structured_output_support: 'supported',
      input_price: '0.5',
      output_price: '1.5',
      unit: '0.000001',
      currency: 'CNY',
    });
    expect(model).toMatchObject({
      model: 'qwen3-32b',
      model_type: 'llm',
      fetch_from: 'customizable-model',
      model_properties: { mode: 'completion', context_size: 32768 },
      pricing: { input: '0.5', output: '1.5', unit: '0.000001', currency: 'CNY' },
    });
    expect([...model.features].sort()).toEqual(
      ['agent-thought', 'multi-tool-call', 'stream-tool-call', 'structured-output', 'tool-call', 'vision'].sort(),
    );
    expect(ruleMax(model.parameter_rules, 'max_tokens')).toBe(8192);
    expect(model.parameter_rules.map((r) => r.name)).toContain('json_schema');
  });

  it('falls back to Dify’s defaults and leaves out what was not asked for', () => {
    const model = customModelDefinition('openai_api_compatible', 'local', 'llm', { endpoint_url: 'http://x' });
    expect(model.model_properties).toEqual({ mode: 'chat', context_size: 4096 });
    expect(model.features).toEqual([]);
    expect(model.pricing).toBeUndefined();
    expect(ruleMax(model.parameter_rules, 'max_tokens')).toBe(4096);
    expect(model.parameter_rules.map((r) => r.name)).not.toContain('response_format');
  });

  it('tells function calls from parallel tool calls and ignores streaming without tools', () => {
    const single = customModelDefinition('openai_api_compatible', 'm', 'llm', {
      function_calling_type: 'function_call',
      stream_function_calling: 'not_supported',
    });
    expect(single.features).toEqual(['agent-thought', 'tool-call']);
    const none = customModelDefinition('openai_api_compatible', 'm', 'llm', { stream_function_calling: 'supported' });
    expect(none.features).toEqual([]);
  });

  it('builds embedding, rerank and speech models', () => {
    const embed = customModelDefinition('openai_api_compatible', 'bge-m3', 'text-embedding', { context_size: 8192 });
    expect(embed.model_properties.context_size).toBe(8192);
    const rerank = customModelDefinition('openai_api_compatible', 'bge-reranker', 'rerank', { context_size: '512' });
    expect(rerank.model_properties).toEqual({ context_size: 512 });
    const tts = customModelDefinition('openai_api_compatible', 'kokoro', 'tts', { voices: ' af_bella, am_adam ,' });
    expect(tts.model_properties.voices?.map((v) => v.mode)).toEqual(['af_bella', 'am_adam']);
    expect(tts.model_properties.default_voice).toBe('af_bella');
  });

  it('charges nothing for the half of the price the form left empty', () => {
    const model = customModelDefinition('openai_api_compatible', 'm', 'llm', { input_price: 2 });
    expect(model.pricing).toEqual({ input: '2', output: '0', unit: '0.000001', currency: 'USD' });
  });
});

describe('customModelDefinition for other providers', () => {
  it('reads Ollama’s radios and token limit', () => {
    const model = customModelDefinition('langgenius/ollama/ollama', 'llava:13b', 'llm', {
      context_size: '8192',
      max_tokens: '2048',
      vision_support: 'true',
      function_call_support: 'false',
    });
    expect(model.model_properties).toEqual({ mode: 'chat', context_size: 8192 });
    expect(model.features).toEqual(['vision']);
    expect(ruleMax(model.parameter_rules, 'max_tokens')).toBe(2048);
  });

  it('gives an Azure deployment its base model’s description under the deployment name', () => {
    const model = customModelDefinition('azure_openai', 'my-gpt4o', 'llm', { base_model_name: 'gpt-4o' });
    const base = findPredefinedModel('openai', 'gpt-4o', 'llm');
    expect(model.model).toBe('my-gpt4o');
    expect(model.label.en_US).toBe('my-gpt4o');
    expect(model.fetch_from).toBe('customizable-model');
    expect(model.features).toEqual(base?.features);
    expect(model.model_properties.context_size).toBe(128000);
    expect(model.pricing).toEqual(base?.pricing);
  });

  it('describes an OpenAI fine-tune by its longest-matching base model', () => {
    const model = customModelDefinition('openai', 'ft:gpt-4.1-mini-2025-04-14:acme::abc123', 'llm', {});
    expect(model.pricing?.input).toBe('0.40');
    expect(model.model).toBe('ft:gpt-4.1-mini-2025-04-14:acme::abc123');
  });

  it('sizes a Jina custom model from its context size', () => {
    const model = customModelDefinition('jina', 'jina-embeddings-v4', 'text-embedding', { context_size: '32768' });
    expect(model.model_properties.context_size).toBe(32768);
  });

  it('falls back to a generic definition when nothing matches', () => {
    const model = customModelDefinition('azure_openai', 'odd', 'llm', { base_model_name: 'not-a-model' });
    expect(model.model_properties).toEqual({ mode: 'chat', context_size: 4096 });
    expect(ruleMax(model.parameter_rules, 'max_tokens')).toBe(4096);
  });

  it('hands back a copy the caller may change', () => {
    const model = customModelDefinition('azure_openai', 'dep', 'llm', { base_model_name: 'gpt-4o' });
    model.features.push('video');
    expect(findPredefinedModel('openai', 'gpt-4o')?.features).not.toContain('video');
  });

  it('refuses an unknown provider', () => {
    expect(() => customModelDefinition('nobody', 'm', 'llm', {})).toThrow(/Unknown model provider/);
  });
});
