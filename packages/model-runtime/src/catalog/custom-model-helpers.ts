import type {
  Credentials,
  ModelDefinition,
  ModelFeature,
  ModelPricing,
  ModelProperties,
  ModelType,
  ParameterRule,
} from '../types';
import { fromTemplate, maxTokensRule } from './parameter-rules';

/** Credential values arrive as form strings ("4096") or as JSON numbers; anything else means "not set". */
export function numberFrom(value: unknown, fallback: number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return fallback;
}

export function textFrom(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Prices only when the form carried one; a custom model without prices is free to call. */
export function pricingFrom(credentials: Credentials): ModelPricing | undefined {
  const input = textFrom(credentials.input_price);
  const output = textFrom(credentials.output_price);
  if (input === undefined && output === undefined) return undefined;
  return {
    input: input ?? '0',
    output: output ?? '0',
    unit: textFrom(credentials.unit) ?? '0.000001',
    currency: textFrom(credentials.currency) ?? 'USD',
  };
}

export const modeFrom = (value: unknown): 'chat' | 'completion' => (value === 'completion' ? 'completion' : 'chat');

export interface CustomModelParts {
  properties: ModelProperties;
  features?: ModelFeature[];
  rules?: ParameterRule[];
  pricing?: ModelPricing;
}

export function customModel(model: string, modelType: ModelType, parts: CustomModelParts): ModelDefinition {
  return {
    model,
    label: { en_US: model, zh_Hans: model },
    model_type: modelType,
    features: parts.features ?? [],
    fetch_from: 'customizable-model',
    model_properties: parts.properties,
    parameter_rules: parts.rules ?? [],
    ...(parts.pricing ? { pricing: parts.pricing } : {}),
    deprecated: false,
  };
}

export function basicLlmRules(maxTokens: number): ParameterRule[] {
  return [fromTemplate('temperature'), fromTemplate('top_p'), maxTokensRule(maxTokens)];
}

/** For a provider with no rule of its own: sizes from the credentials when given, modest defaults otherwise. */
export function genericCustomModel(model: string, modelType: ModelType, credentials: Credentials): ModelDefinition {
  const contextSize = numberFrom(credentials.context_size, 4096);
  const pricing = pricingFrom(credentials);
  if (modelType === 'llm') {
    const maxTokens = numberFrom(credentials.max_tokens_to_sample ?? credentials.max_tokens, 4096);
    const properties = { mode: modeFrom(credentials.mode), context_size: contextSize };
    return customModel(model, modelType, { properties, rules: basicLlmRules(maxTokens), pricing });
  }
  const properties: ModelProperties =
    modelType === 'text-embedding'
      ? { context_size: contextSize, max_chunks: numberFrom(credentials.max_chunks, 1) }
      : modelType === 'rerank'
        ? { context_size: contextSize }
        : {};
  return customModel(model, modelType, { properties, pricing });
}
