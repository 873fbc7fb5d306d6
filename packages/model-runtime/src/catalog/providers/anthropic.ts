import type { ModelDefinition, ModelFeature, ParameterRule } from '../../types';
import type { CatalogProvider } from '../catalog-provider';
import { apiKeyField, i18n, textField } from '../forms';
import { ICONS } from '../icons';
import { TOOL_FEATURES, llm, usdPerMillion } from '../model-builders';
import { fromTemplate, maxTokensRule } from '../parameter-rules';

const CONTEXT_SIZE = 200000;

function thinkingRules(maxOutput: number): ParameterRule[] {
  return [
    {
      name: 'thinking',
      label: i18n('Thinking Mode', '推理模式'),
      type: 'boolean',
      help: i18n('Allow the model to reason step by step before it answers.', '允许模型在回答前进行复杂的推理或思考。'),
      required: false,
      default: false,
    },
    {
      name: 'thinking_budget',
      label: i18n('Thinking Budget', '推理预算'),
      type: 'int',
      help: i18n('Tokens the model may spend on thinking; counts towards Max Tokens.', '模型可用于思考的标记数，计入最大标记。'),
      required: false,
      default: 1024,
      min: 1024,
      max: maxOutput - 1,
      precision: 0,
    },
  ];
}

/** Anthropic accepts temperature 0..1 and has no presence or frequency penalties. */
function rules(maxOutput: number, thinking: boolean): ParameterRule[] {
  return [
    fromTemplate('temperature', { max: 1 }),
    fromTemplate('top_p'),
    fromTemplate('top_k', { max: 500 }),
    { ...maxTokensRule(maxOutput, Math.min(maxOutput, 8192)), required: true },
    ...(thinking ? thinkingRules(maxOutput) : []),
  ];
}

interface ClaudeSpec {
  model: string;
  maxOutput: number;
  price: [input: string, output: string];
  thinking?: boolean;
  pdf?: boolean;
  deprecated?: boolean;
}

function claude(spec: ClaudeSpec): ModelDefinition {
  const features: ModelFeature[] = [...TOOL_FEATURES, 'vision', ...(spec.pdf === false ? [] : ['document' as const])];
  return llm({
    model: spec.model,
    contextSize: CONTEXT_SIZE,
    features,
    rules: rules(spec.maxOutput, spec.thinking ?? true),
    pricing: usdPerMillion(...spec.price),
    deprecated: spec.deprecated,
  });
}

export const anthropic: CatalogProvider = {
  definition: {
    provider: 'anthropic',
    aliases: ['langgenius/anthropic/anthropic'],
    label: i18n('Anthropic', 'Anthropic'),
    description: i18n('Claude models by Anthropic.', 'Anthropic 的 Claude 系列模型。'),
    icon: ICONS.anthropic,
    background: '#F0F0EB',
    help: {
      title: i18n('Get your API Key from Anthropic', '从 Anthropic 获取 API Key'),
      url: i18n('https://console.anthropic.com/account/keys', 'https://console.anthropic.com/account/keys'),
    },
    supported_model_types: ['llm'],
    configurate_methods: ['predefined-model'],
    provider_credential_schema: {
      credential_form_schemas: [
        apiKeyField('anthropic_api_key'),
        textField('anthropic_api_url', i18n('API URL', 'API URL'), {
          placeholder: i18n(
            'Enter your API URL, e.g. https://api.anthropic.com',
            '在此输入您的 API URL，如：https://api.anthropic.com',
          ),
        }),
      ],
    },
    model_credential_schema: null,
    models: [
      claude({ model: 'claude-opus-4-5-20251101', maxOutput: 64000, price: ['5.00', '25.00'] }),
      claude({ model: 'claude-sonnet-4-5-20250929', maxOutput: 64000, price: ['3.00', '15.00'] }),
      claude({ model: 'claude-haiku-4-5-20251001', maxOutput: 64000, price: ['1.00', '5.00'] }),
      claude({ model: 'claude-opus-4-1-20250805', maxOutput: 32000, price: ['15.00', '75.00'] }),
      claude({ model: 'claude-opus-4-20250514', maxOutput: 32000, price: ['15.00', '75.00'] }),
      claude({ model: 'claude-sonnet-4-20250514', maxOutput: 64000, price: ['3.00', '15.00'] }),
      claude({ model: 'claude-3-7-sonnet-20250219', maxOutput: 64000, price: ['3.00', '15.00'] }),
      claude({ model: 'claude-3-5-haiku-20241022', maxOutput: 8192, price: ['0.80', '4.00'], thinking: false }),
      claude({
        model: 'claude-3-5-sonnet-20241022',
        maxOutput: 8192,
        price: ['3.00', '15.00'],
        thinking: false,
        deprecated: true,
      }),
      claude({
        model: 'claude-3-haiku-20240307',
        maxOutput: 4096,
        price: ['0.25', '1.25'],
        thinking: false,
        pdf: false,
      }),
    ],
  },
};
