import type { FetchFunction } from '@ai-sdk/provider-utils';
import { resolveProviderName } from '../catalog';
import { ModelRuntimeError } from '../errors';
import type { Credentials } from '../types';
import { anthropicProvider } from './anthropic';
import { azureOpenAiProvider } from './azure-openai';
import { cohereProvider } from './cohere';
import { geminiProvider } from './gemini';
import { jinaProvider } from './jina';
import { ollamaProvider } from './ollama';
import { openAiProvider } from './openai';
import { openAiCompatibleProvider } from './openai-compatible';
import type { ProviderClient, ProviderFactory } from './types';

export type { ModerationModel, ModerationOutcome, ProviderClient, ProviderFactory } from './types';

const factories: Record<string, ProviderFactory> = {
  openai: openAiProvider,
  openai_api_compatible: openAiCompatibleProvider,
  azure_openai: azureOpenAiProvider,
  anthropic: anthropicProvider,
  gemini: geminiProvider,
  ollama: ollamaProvider,
  cohere: cohereProvider,
  jina: jinaProvider,
};

/** The canonical provider name for a name or alias (`langgenius/openai/openai` → `openai`). */
export function canonicalProviderName(provider: string): string {
  return resolveProviderName(provider) ?? provider;
}

export function createProviderClient(provider: string, credentials: Credentials, fetch: FetchFunction): ProviderClient {
  const factory = factories[canonicalProviderName(provider)];
  if (!factory) throw new ModelRuntimeError('model_currently_not_support', `Provider ${provider} is not supported`);
  return factory(credentials, fetch);
}
