import type { ModelDefinition, ModelFeature, ParameterRule } from '../../types';
import type { CatalogProvider } from '../catalog-provider';
import { apiKeyField, i18n, textField } from '../forms';
import { ICONS } from '../icons';
import { TOOL_FEATURES, embedding, llm, usdPerMillion } from '../model-builders';
import { fromTemplate, maxTokensRule, structuredOutputRules } from '../parameter-rules';

const CONTEXT_SIZE = 1048576;
const FEATURES: ModelFeature[] = [...TOOL_FEATURES, 'vision', 'document', 'video', 'audio', 'structured-output'];

/** -1 is Gemini's dynamic budget; some models also take 0 to switch thinking off. */
function thinkingBudgetRule(max: number): ParameterRule {
  return {
    name: 'thinking_budget',
    label: i18n('Thinking Budget', '推理预算'),
    type: 'int',
    help: i18n(
      'Tokens the model may spend on thinking before it answers; -1 lets the model decide.',
      '模型回答前可用于思考的标记数；-1 表示由模型自行决定。',
    ),
    required: false,
    min: -1,
    max,
    precision: 0,
  };
}

interface GeminiSpec {
  model: string;
  maxOutput: number;
  price: [input: string, output: string];
  /** Largest thinking budget, for models that think. */
  thinkingMax?: number;
}

function geminiModel(spec: GeminiSpec): ModelDefinition {
  const rules: ParameterRule[] = [
    fromTemplate('temperature'),
    fromTemplate('top_p', { default: 0.95 }),
    fromTemplate('top_k', { default: 64, max: 64 }),
    maxTokensRule(spec.maxOutput, 8192),
    ...structuredOutputRules(),
    ...(spec.thinkingMax ? [thinkingBudgetRule(spec.thinkingMax)] : []),
  ];
  const pricing = usdPerMillion(...spec.price);
  return llm({ model: spec.model, contextSize: CONTEXT_SIZE, features: FEATURES, rules, pricing });
}

export const gemini: CatalogProvider = {
  definition: {
    provider: 'gemini',
    aliases: ['langgenius/gemini/google', 'google'],
    label: i18n('Gemini', 'Gemini'),
    description: i18n('Google Gemini models through the Gemini API.', '通过 Gemini API 使用的 Google Gemini 模型。'),
    icon: ICONS.gemini,
    background: '#FCFDFF',
    help: {
      title: i18n('Get your API Key from Google AI Studio', '从 Google AI Studio 获取 API Key'),
      url: i18n('https://aistudio.google.com/app/apikey', 'https://aistudio.google.com/app/apikey'),
    },
    supported_model_types: ['llm', 'text-embedding'],
    configurate_methods: ['predefined-model'],
    provider_credential_schema: {
      credential_form_schemas: [
        apiKeyField('google_api_key'),
        textField('google_base_url', i18n('API Base', 'API Base'), {
          placeholder: i18n(
            'Enter your API Base, e.g. https://generativelanguage.googleapis.com',
            '在此输入您的 API Base，如：https://generativelanguage.googleapis.com',
          ),
        }),
      ],
    },
    model_credential_schema: null,
    models: [
      geminiModel({ model: 'gemini-2.5-pro', maxOutput: 65536, price: ['1.25', '10.00'], thinkingMax: 32768 }),
      geminiModel({ model: 'gemini-2.5-flash', maxOutput: 65536, price: ['0.30', '2.50'], thinkingMax: 24576 }),
      geminiModel({ model: 'gemini-2.5-flash-lite', maxOutput: 65536, price: ['0.10', '0.40'], thinkingMax: 24576 }),
      geminiModel({ model: 'gemini-2.0-flash', maxOutput: 8192, price: ['0.10', '0.40'] }),
      geminiModel({ model: 'gemini-2.0-flash-lite', maxOutput: 8192, price: ['0.075', '0.30'] }),
      embedding({ model: 'gemini-embedding-001', contextSize: 2048, maxChunks: 100, pricing: usdPerMillion('0.15') }),
      embedding({ model: 'text-embedding-004', contextSize: 2048, maxChunks: 100 }),
    ],
  },
};
