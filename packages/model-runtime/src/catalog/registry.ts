import type { ProviderDefinition } from '../types';
import type { CatalogProvider } from './catalog-provider';
import { anthropic } from './providers/anthropic';
import { azureOpenai } from './providers/azure-openai';
import { cohere } from './providers/cohere';
import { gemini } from './providers/gemini';
import { jina } from './providers/jina';
import { ollama } from './providers/ollama';
import { openai } from './providers/openai';
import { openaiApiCompatible } from './providers/openai-api-compatible';

/** Frozen all the way down: the same objects are served to every caller, so none may change them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const ENTRIES: CatalogProvider[] = [openai, anthropic, gemini, azureOpenai, openaiApiCompatible, ollama, cohere, jina];
for (const entry of ENTRIES) deepFreeze(entry.definition);

const BY_NAME = new Map<string, CatalogProvider>();
for (const entry of ENTRIES) {
  for (const name of [entry.definition.provider, ...entry.definition.aliases]) BY_NAME.set(name.toLowerCase(), entry);
}

export function catalogEntry(nameOrAlias: string): CatalogProvider | undefined {
  return BY_NAME.get(nameOrAlias.trim().toLowerCase());
}

export function listProviders(): ProviderDefinition[] {
  return ENTRIES.map((entry) => entry.definition);
}

export function getProvider(nameOrAlias: string): ProviderDefinition | undefined {
  return catalogEntry(nameOrAlias)?.definition;
}

export function resolveProviderName(nameOrAlias: string): string | undefined {
  return catalogEntry(nameOrAlias)?.definition.provider;
}
