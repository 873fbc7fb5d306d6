import type { Credentials, ModelDefinition, ModelFeature, ModelType, ParameterRule } from '../../types';
import type { CatalogProvider } from '../catalog-provider';
import { customModel, genericCustomModel, modeFrom, numberFrom, pricingFrom, textFrom } from '../custom-model-helpers';
import { i18n } from '../forms';
import { ICONS } from '../icons';
import { fromTemplate, maxTokensRule, seedRule, structuredOutputRules } from '../parameter-rules';
import { MODEL_FIELDS, apiKeyField, endpointUrlField } from './openai-api-compatible-form';

function llmFeatures(credentials: Credentials): ModelFeature[] {
  const calling = credentials.function_calling_type;
  const features: ModelFeature[] = [];
  if (calling === 'function_call') features.push('agent-thought', 'tool-call');
  if (calling === 'tool_call') features.push('agent-thought', 'tool-call', 'multi-tool-call');
  if (features.length > 0 && credentials.stream_function_calling === 'supported') features.push('stream-tool-call');
  if (credentials.vision_support === 'support') features.push('vision');
  if (credentials.structured_output_support === 'supported') features.push('structured-output');
  return features;
}

function llmRules(maxTokens: number, structured: boolean): ParameterRule[] {
  return [
    fromTemplate('temperature', { default: 0.7 }),
    fromTemplate('top_p'),
    fromTemplate('top_k'),
    fromTemplate('presence_penalty'),
    fromTemplate('frequency_penalty'),
    maxTokensRule(maxTokens, Math.min(maxTokens, 512)),
    seedRule,
    ...(structured ? structuredOutputRules() : []),
  ];
}

/** Voices arrive as "alloy, echo"; the first is the default. */
function voicesFrom(value: unknown): { mode: string; name: string }[] {
  const names = (textFrom(value) ?? 'alloy').split(',').map((v) => v.trim()).filter(Boolean);
  return names.map((name) => ({ mode: name, name }));
}

function compatibleModel(model: string, modelType: ModelType, credentials: Credentials): ModelDefinition {
  const contextSize = numberFrom(credentials.context_size, 4096);
  const pricing = pricingFrom(credentials);
  switch (modelType) {
    case 'llm': {
      const features = llmFeatures(credentials);
      const maxTokens = numberFrom(credentials.max_tokens_to_sample, 4096);
      const rules = llmRules(maxTokens, features.includes('structured-output'));
      const properties = { mode: modeFrom(credentials.mode), context_size: contextSize };
      return customModel(model, modelType, { properties, features, rules, pricing });
    }
    case 'text-embedding':
      return customModel(model, modelType, {
        properties: { context_size: contextSize, max_chunks: numberFrom(credentials.max_chunks, 16) },
        pricing,
      });
    case 'tts': {
      const voices = voicesFrom(credentials.voices);
      const properties = { default_voice: voices[0]?.mode, voices, audio_type: 'mp3' };
      return customModel(model, modelType, { properties, pricing });
    }
    case 'speech2text':
      return customModel(model, modelType, {
        properties: { file_upload_limit: 25, supported_file_extensions: 'flac,mp3,mp4,mpeg,mpga,m4a,ogg,wav,webm' },
        pricing,
      });
    default:
      return genericCustomModel(model, modelType, credentials);
  }
}

export const openaiApiCompatible: CatalogProvider = {
  definition: {
    provider: 'openai_api_compatible',
    aliases: ['langgenius/openai_api_compatible/openai_api_compatible'],
    label: i18n('OpenAI-API-compatible', 'OpenAI-API-compatible'),
    description: i18n(
      "Model providers compatible with OpenAI's API standard, such as LM Studio, vLLM and LiteLLM.",
      '兼容 OpenAI API 的模型供应商，例如 LM Studio、vLLM 和 LiteLLM。',
    ),
    icon: ICONS.openai_api_compatible,
    background: '#F3F4F6',
    supported_model_types: ['llm', 'text-embedding', 'rerank', 'speech2text', 'tts'],
    configurate_methods: ['customizable-model'],
    provider_credential_schema: { credential_form_schemas: [endpointUrlField(true), apiKeyField] },
    model_credential_schema: {
      model: {
        label: i18n('Model Name', '模型名称'),
        placeholder: i18n('Enter full model name', '输入模型全称'),
      },
      credential_form_schemas: MODEL_FIELDS,
    },
    models: [],
  },
  customModel: compatibleModel,
};
