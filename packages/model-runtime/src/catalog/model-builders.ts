import type { ModelDefinition, ModelFeature, ModelPricing, ModelProperties, ModelType, ParameterRule } from '../types';

/** What an agent needs to drive a model through native function calling. */
export const TOOL_FEATURES: ModelFeature[] = ['agent-thought', 'tool-call', 'multi-tool-call', 'stream-tool-call'];

export const usdPerMillion = (input: string, output?: string): ModelPricing =>
  output === undefined
    ? { input, unit: '0.000001', currency: 'USD' }
    : { input, output, unit: '0.000001', currency: 'USD' };

interface BaseSpec {
  model: string;
  label?: string;
  pricing?: ModelPricing;
  deprecated?: boolean;
}

function model(
  type: ModelType,
  spec: BaseSpec,
  properties: ModelProperties,
  features: ModelFeature[] = [],
  rules: ParameterRule[] = [],
): ModelDefinition {
  const label = spec.label ?? spec.model;
  return {
    model: spec.model,
    label: { en_US: label, zh_Hans: label },
    model_type: type,
    features,
    fetch_from: 'predefined-model',
    model_properties: properties,
    parameter_rules: rules,
    ...(spec.pricing ? { pricing: spec.pricing } : {}),
    deprecated: spec.deprecated ?? false,
  };
}

export interface LlmSpec extends BaseSpec {
  contextSize: number;
  features: ModelFeature[];
  rules: ParameterRule[];
  mode?: 'chat' | 'completion';
}

export const llm = (spec: LlmSpec): ModelDefinition =>
  model('llm', spec, { mode: spec.mode ?? 'chat', context_size: spec.contextSize }, spec.features, spec.rules);

export interface EmbeddingSpec extends BaseSpec {
  contextSize: number;
  maxChunks: number;
  features?: ModelFeature[];
}

export const embedding = (spec: EmbeddingSpec): ModelDefinition =>
  model('text-embedding', spec, { context_size: spec.contextSize, max_chunks: spec.maxChunks }, spec.features);

export const rerank = (spec: BaseSpec & { contextSize: number; features?: ModelFeature[] }): ModelDefinition =>
  model('rerank', spec, { context_size: spec.contextSize }, spec.features);

export interface VoiceSpec {
  mode: string;
  name: string;
  language?: string[];
}

export const tts = (spec: BaseSpec & { voices: VoiceSpec[]; audioType?: string }): ModelDefinition =>
  model('tts', spec, {
    default_voice: spec.voices[0]?.mode,
    voices: spec.voices,
    audio_type: spec.audioType ?? 'mp3',
  });

export const speechToText = (spec: BaseSpec & { fileUploadLimitMb: number; extensions: string }): ModelDefinition =>
  model('speech2text', spec, {
    file_upload_limit: spec.fileUploadLimitMb,
    supported_file_extensions: spec.extensions,
  });

export const moderation = (spec: BaseSpec & { maxChunks: number; maxCharactersPerChunk: number }): ModelDefinition =>
  model('moderation', spec, { max_chunks: spec.maxChunks, max_characters_per_chunk: spec.maxCharactersPerChunk });
