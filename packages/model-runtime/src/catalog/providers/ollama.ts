import type { CredentialFormSchema, Credentials, ModelDefinition, ModelFeature, ModelType } from '../../types';
import type { CatalogProvider } from '../catalog-provider';
import { customModel, genericCustomModel, modeFrom, numberFrom } from '../custom-model-helpers';
import { i18n, onModelType, option, radioField, selectField, textField } from '../forms';
import { ICONS } from '../icons';
import { TOOL_FEATURES } from '../model-builders';
import { fromTemplate, maxTokensRule, seedRule } from '../parameter-rules';

const baseUrlField = (required: boolean): CredentialFormSchema =>
  textField('base_url', i18n('Base URL', '基础 URL'), {
    required,
    placeholder: i18n(
      'Base URL of the Ollama server, e.g. http://localhost:11434',
      'Ollama server 的基础 URL，如：http://localhost:11434',
    ),
  });

const OLLAMA_DOCS = 'https://github.com/ollama/ollama/blob/main/docs/api.md';
const yesNo = [option('true', 'Yes', '是'), option('false', 'No', '否')];
const MODES = [option('chat', 'Chat', '对话'), option('completion', 'Completion', '补全')];

const MODEL_FIELDS: CredentialFormSchema[] = [
  baseUrlField(false),
  selectField('mode', i18n('Model type', '模型类型'), MODES, { default: 'chat', show_on: onModelType('llm') }),
  textField('context_size', i18n('Model context size', '模型上下文长度'), { required: true, default: '4096' }),
  textField('max_tokens', i18n('Upper bound for max tokens', '最大 token 上限'), {
    default: '4096',
    show_on: onModelType('llm'),
  }),
  radioField('vision_support', i18n('Vision support', '是否支持 Vision'), yesNo, {
    default: 'false',
    show_on: onModelType('llm'),
  }),
  radioField('function_call_support', i18n('Function call support', '是否支持函数调用'), yesNo, {
    default: 'false',
    show_on: onModelType('llm'),
  }),
];

/** Radios post "true"/"false"; credentials written by hand may hold real booleans. */
const isOn = (value: unknown): boolean => value === true || value === 'true';

function ollamaModel(model: string, modelType: ModelType, credentials: Credentials): ModelDefinition {
  const contextSize = numberFrom(credentials.context_size, 4096);
  if (modelType === 'text-embedding') {
    return customModel(model, modelType, { properties: { context_size: contextSize, max_chunks: 16 } });
  }
  if (modelType !== 'llm') return genericCustomModel(model, modelType, credentials);
  const features: ModelFeature[] = [];
  if (isOn(credentials.function_call_support)) features.push(...TOOL_FEATURES);
  if (isOn(credentials.vision_support)) features.push('vision');
  const rules = [
    fromTemplate('temperature', { default: 0.8 }),
    fromTemplate('top_p', { default: 0.9 }),
    fromTemplate('top_k', { default: 40 }),
    maxTokensRule(numberFrom(credentials.max_tokens, 4096), 128),
    seedRule,
  ];
  const properties = { mode: modeFrom(credentials.mode), context_size: contextSize };
  return customModel(model, modelType, { properties, features, rules });
}

export const ollama: CatalogProvider = {
  definition: {
    provider: 'ollama',
    aliases: ['langgenius/ollama/ollama'],
    label: i18n('Ollama', 'Ollama'),
    description: i18n('Models served by your own Ollama server.', '由您自己的 Ollama 服务器提供的模型。'),
    icon: ICONS.ollama,
    background: '#F9FAFB',
    help: {
      title: i18n('How to integrate with Ollama', '如何集成 Ollama'),
      url: i18n(OLLAMA_DOCS, OLLAMA_DOCS),
    },
    supported_model_types: ['llm', 'text-embedding'],
    configurate_methods: ['customizable-model'],
    provider_credential_schema: { credential_form_schemas: [baseUrlField(true)] },
    model_credential_schema: {
      model: {
        label: i18n('Model Name', '模型名称'),
        placeholder: i18n(
          'Enter the model name as Ollama lists it, e.g. llama3.1:8b',
          '输入 Ollama 中的模型名称，如：llama3.1:8b',
        ),
      },
      credential_form_schemas: MODEL_FIELDS,
    },
    models: [],
  },
  customModel: ollamaModel,
};
