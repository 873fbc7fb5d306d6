import { MODEL_TYPES, type ModelType } from '../types';

/** Dify's older names for model types, still found in stored configs and plugin payloads. */
const ALIASES: Record<string, ModelType> = {
  'text-generation': 'llm',
  embeddings: 'text-embedding',
  reranking: 'rerank',
  text2speech: 'tts',
};

export function normalizeModelType(value: string): ModelType | undefined {
  const key = value.trim().toLowerCase().replace(/_/g, '-');
  if ((MODEL_TYPES as readonly string[]).includes(key)) return key as ModelType;
  return ALIASES[key];
}
