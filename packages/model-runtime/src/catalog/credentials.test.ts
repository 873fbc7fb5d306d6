import { describe, expect, it } from 'vitest';
import { applyCredentialDefaults, credentialSchemaFor, secretVariables, validateCredentialShape } from './index';

describe('secretVariables', () => {
  it.each([
    ['openai', 'provider', ['openai_api_key']],
    ['langgenius/openai/openai', 'model', []],
    ['anthropic', 'provider', ['anthropic_api_key']],
    ['google', 'provider', ['google_api_key']],
    ['azure_openai', 'provider', []],
    ['azure_openai', 'model', ['openai_api_key']],
    ['openai_api_compatible', 'provider', ['api_key']],
    ['openai_api_compatible', 'model', ['api_key']],
    ['ollama', 'provider', []],
    ['cohere', 'provider', ['api_key']],
    ['jina', 'model', ['api_key']],
    ['nobody', 'provider', []],
  ] as const)('%s %s → %j', (provider, scope, expected) => {
    expect(secretVariables(provider, scope)).toEqual(expected);
  });
});

describe('credentialSchemaFor', () => {
  it('serves the provider form and the model form separately', () => {
    expect(credentialSchemaFor('openai', 'provider').map((f) => f.variable)).toEqual([
      'openai_api_key',
      'openai_organization',
      'openai_api_base',
    ]);
    const endpoint = (scope: 'provider' | 'model') =>
      credentialSchemaFor('openai_api_compatible', scope).find((f) => f.variable === 'endpoint_url');
    expect(endpoint('provider')?.required).toBe(true);
    expect(endpoint('model')?.required).toBe(false);
  });

  it('limits Azure base models to the model type they serve', () => {
    const field = credentialSchemaFor('azure_openai', 'model').find((f) => f.variable === 'base_model_name');
    const embedding = field?.options?.find((o) => o.value === 'text-embedding-3-small');
    expect(embedding?.show_on).toEqual([{ variable: '__model_type', value: 'text-embedding' }]);
  });
});

describe('validateCredentialShape', () => {
  it('accepts complete credentials', () => {
    expect(validateCredentialShape('openai', 'provider', { openai_api_key: 'sk-1' })).toBeNull();
    expect(validateCredentialShape('ollama', 'provider', { base_url: 'http://127.0.0.1:11434' })).toBeNull();
    expect(
      validateCredentialShape(
        'openai_api_compatible',
        'model',
        { context_size: 8192, max_tokens_to_sample: '4096', mode: 'chat', function_calling_type: 'tool_call' },
        'llm',
      ),
    ).toBeNull();
  });

  it('names a missing or blank required field', () => {
    expect(validateCredentialShape('openai', 'provider', {})).toBe('openai_api_key is required');
    const blank = { anthropic_api_key: '  ' };
    expect(validateCredentialShape('anthropic', 'provider', blank)).toBe('anthropic_api_key is required');
    const keyOnly = { api_key: 'k' };
    expect(validateCredentialShape('openai_api_compatible', 'provider', keyOnly)).toBe('endpoint_url is required');
  });

  it('refuses a choice outside the options', () => {
    expect(validateCredentialShape('openai_api_compatible', 'model', { context_size: '1', mode: 'edit' }, 'llm')).toBe(
      'mode must be one of chat, completion',
    );
    expect(
      validateCredentialShape('ollama', 'model', { context_size: '1', vision_support: 'maybe' }, 'llm'),
    ).toBe('vision_support must be one of true, false');
  });

  it('refuses a base model of another model type', () => {
    const credentials = {
      openai_api_base: 'https://x.openai.azure.com',
      openai_api_key: 'k',
      openai_api_version: '2024-10-21',
      base_model_name: 'text-embedding-3-small',
    };
    expect(validateCredentialShape('azure_openai', 'model', credentials, 'text-embedding')).toBeNull();
    const error = validateCredentialShape('azure_openai', 'model', credentials, 'llm');
    expect(error).toMatch(/^base_model_name must be one of gpt-5, /);
    expect(error).not.toContain('text-embedding');
  });

  it('requires numbers where the form expects numbers', () => {
    expect(validateCredentialShape('openai_api_compatible', 'model', { context_size: 'lots' }, 'llm')).toBe(
      'context_size must be a number',
    );
    expect(validateCredentialShape('openai_api_compatible', 'model', { context_size: '-5' }, 'llm')).toBe(
      'context_size must not be negative',
    );
    expect(
      validateCredentialShape('openai_api_compatible', 'model', { context_size: 4096, input_price: 'free' }, 'llm'),
    ).toBe('input_price must be a number');
  });

  it('skips fields shown only for other model types', () => {
    const tts = { context_size: '4096', mode: 'nonsense', voices: 'alloy' };
    expect(validateCredentialShape('openai_api_compatible', 'model', tts, 'tts')).toBeNull();
    const error = validateCredentialShape('openai_api_compatible', 'model', tts, 'llm');
    expect(error).toBe('mode must be one of chat, completion');
  });

  it('only requires a model-type field once the model type is known', () => {
    expect(validateCredentialShape('azure_openai', 'model', { openai_api_base: 'u', openai_api_key: 'k' })).toBe(
      'base_model_name is required',
    );
    expect(validateCredentialShape('ollama', 'model', { context_size: '4096' })).toBeNull();
  });

  it('lets a required field with a default be left out', () => {
    expect(validateCredentialShape('openai_api_compatible', 'model', {}, 'llm')).toBeNull();
    expect(validateCredentialShape('jina', 'model', { context_size: '' })).toBeNull();
  });
});

describe('applyCredentialDefaults', () => {
  it('fills empty fields from the form and keeps what was given', () => {
    const filled = applyCredentialDefaults('azure_openai', 'model', { openai_api_key: 'k', openai_api_version: '' });
    expect(filled).toMatchObject({ openai_api_key: 'k', openai_api_version: '2025-04-01-preview' });
    expect(filled.base_model_name).toBeUndefined();
    const given = applyCredentialDefaults('openai_api_compatible', 'model', { context_size: '8192' });
    expect(given).toMatchObject({ context_size: '8192', mode: 'chat', function_calling_type: 'no_call' });
  });

  it('refuses a non-string secret and an unknown provider', () => {
    expect(validateCredentialShape('cohere', 'provider', { api_key: 42 })).toBe('api_key must be a string');
    expect(validateCredentialShape('nobody', 'provider', {})).toBe('Unknown model provider: nobody');
  });
});
