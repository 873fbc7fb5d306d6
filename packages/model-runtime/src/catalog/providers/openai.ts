import type { ModelDefinition, ModelType } from '../../types';
import type { CatalogProvider } from '../catalog-provider';
import { apiKeyField, i18n, textField } from '../forms';
import { ICONS } from '../icons';
import { OPENAI_LLMS } from './openai-llms';
import { OPENAI_EMBEDDINGS, OPENAI_MODERATION, OPENAI_SPEECH } from './openai-media';

const MODELS = [...OPENAI_LLMS, ...OPENAI_EMBEDDINGS, ...OPENAI_SPEECH, ...OPENAI_MODERATION];

/**
 * A fine-tuned model (`ft:gpt-4o-mini-2024-07-18:org::id`) behaves like its base model, so it borrows
 * the base model's context size, features and rules. Longest match first: `gpt-4.1-mini-…` is not `gpt-4.1`.
 */
function fineTunedModel(model: string, modelType: ModelType): ModelDefinition | undefined {
  const base = model.startsWith('ft:') ? (model.split(':')[1] ?? '') : model;
  const found = MODELS.filter((m) => m.model_type === modelType)
    .sort((a, b) => b.model.length - a.model.length)
    .find((m) => base === m.model || base.startsWith(`${m.model}-`));
  return found && { ...found, model, label: { en_US: model, zh_Hans: model }, fetch_from: 'customizable-model' };
}

export const openai: CatalogProvider = {
  definition: {
    provider: 'openai',
    aliases: ['langgenius/openai/openai'],
    label: i18n('OpenAI', 'OpenAI'),
    description: i18n('Models provided by OpenAI, such as GPT-4.1 and GPT-4o.', 'OpenAI 提供的模型，例如 GPT-4.1 和 GPT-4o。'),
    icon: ICONS.openai,
    background: '#E5E7EB',
    help: {
      title: i18n('Get your API Key from OpenAI', '从 OpenAI 获取 API Key'),
      url: i18n('https://platform.openai.com/account/api-keys', 'https://platform.openai.com/account/api-keys'),
    },
    supported_model_types: ['llm', 'text-embedding', 'speech2text', 'moderation', 'tts'],
    configurate_methods: ['predefined-model'],
    provider_credential_schema: {
      credential_form_schemas: [
        apiKeyField('openai_api_key'),
        textField('openai_organization', i18n('Organization', '组织 ID'), {
          placeholder: i18n('Enter your Organization ID', '在此输入您的组织 ID'),
        }),
        textField('openai_api_base', i18n('API Base', 'API Base'), {
          placeholder: i18n(
            'Enter your API Base, e.g. https://api.openai.com',
            '在此输入您的 API Base，如：https://api.openai.com',
          ),
        }),
      ],
    },
    model_credential_schema: null,
    models: MODELS,
  },
  customModel: fineTunedModel,
};
