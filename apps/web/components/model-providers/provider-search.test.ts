import { describe, expect, it } from 'vitest';
import { brandLogo } from './brand-logos';
import { matchesProvider } from './provider-search';

const ollama = {
  provider: 'ollama',
  label: { en_US: 'Ollama', zh_Hans: 'Ollama' },
  description: { en_US: 'Models served by a local Ollama.', zh_Hans: '本地 Ollama 提供的模型。' },
  supported_model_types: ['llm' as const, 'text-embedding' as const],
};
const compatible = {
  provider: 'openai_api_compatible',
  label: { en_US: 'OpenAI-API-compatible', zh_Hans: 'OpenAI-API-compatible' },
  description: null,
  supported_model_types: ['llm' as const, 'rerank' as const],
};

describe('searching the providers to set up', () => {
  it('matches every word against name, label, description and model types, ignoring case', () => {
    expect(matchesProvider(ollama, '', 'en-US')).toBe(true);
    expect(matchesProvider(ollama, 'OLLAMA', 'en-US')).toBe(true);
    expect(matchesProvider(ollama, 'local embedding', 'en-US')).toBe(true);
    expect(matchesProvider(ollama, 'local rerank', 'en-US')).toBe(false);
    expect(matchesProvider(compatible, 'api compatible', 'en-US')).toBe(true);
    expect(matchesProvider(compatible, 'rerank', 'en-US')).toBe(true);
    expect(matchesProvider(compatible, 'ollama', 'en-US')).toBe(false);
  });

  it('searches the Chinese description when the console speaks Chinese', () => {
    expect(matchesProvider(ollama, '本地', 'zh-Hans')).toBe(true);
    expect(matchesProvider(ollama, '本地', 'en-US')).toBe(false);
  });
});

describe('brand logos', () => {
  it('knows providers by plain and plugin-style names, and has none for a generic endpoint', () => {
    expect(brandLogo('openai')).toBeTruthy();
    expect(brandLogo('langgenius/openai/openai')).toBe(brandLogo('openai'));
    expect(brandLogo('openai_api_compatible')).toBeUndefined();
  });
});
