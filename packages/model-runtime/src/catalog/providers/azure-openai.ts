import type { Credentials, ModelDefinition, ModelType } from '../../types';
import type { CatalogProvider } from '../catalog-provider';
import { textFrom } from '../custom-model-helpers';
import { i18n, onModelType, option, secretField, selectField, textField } from '../forms';
import { ICONS } from '../icons';
import { openai } from './openai';

const MODEL_TYPES: ModelType[] = ['llm', 'text-embedding', 'speech2text', 'tts'];

const API_VERSIONS = [
  '2024-02-01',
  '2024-06-01',
  '2024-10-21',
  '2024-12-01-preview',
  '2025-01-01-preview',
  '2025-03-01-preview',
  '2025-04-01-preview',
];

/** Azure deploys OpenAI's own models, so the base models and what they can do come from the OpenAI catalog. */
const BASE_MODELS = openai.definition.models.filter((m) => MODEL_TYPES.includes(m.model_type) && !m.deprecated);

/** The deployment name is the model name; everything else is the base model's. */
function deploymentModel(model: string, modelType: ModelType, credentials: Credentials): ModelDefinition | undefined {
  const baseName = textFrom(credentials.base_model_name);
  const base = BASE_MODELS.find((m) => m.model_type === modelType && m.model === baseName);
  return base && { ...base, model, label: { en_US: model, zh_Hans: model }, fetch_from: 'customizable-model' };
}

export const azureOpenai: CatalogProvider = {
  definition: {
    provider: 'azure_openai',
    aliases: ['langgenius/azure_openai/azure_openai'],
    label: i18n('Azure OpenAI Service Model', 'Azure OpenAI Service Model'),
    description: i18n('OpenAI models deployed on Azure.', '部署在 Azure 上的 OpenAI 模型。'),
    icon: ICONS.azure_openai,
    background: '#E3F0FF',
    help: {
      title: i18n('Get your API key from Azure', '从 Azure 获取 API Key'),
      url: i18n(
        'https://azure.microsoft.com/en-us/products/ai-services/openai-service',
        'https://azure.microsoft.com/zh-cn/products/ai-services/openai-service',
      ),
    },
    supported_model_types: MODEL_TYPES,
    configurate_methods: ['customizable-model'],
    provider_credential_schema: null,
    model_credential_schema: {
      model: {
        label: i18n('Deployment Name', '部署名称'),
        placeholder: i18n(
          'Enter your Deployment Name here, matching the Azure deployment name.',
          '在此输入您的部署名称，与 Azure 部署名称匹配。',
        ),
      },
      credential_form_schemas: [
        textField('openai_api_base', i18n('API Endpoint URL', 'API 域名'), {
          required: true,
          placeholder: i18n(
            'Enter your API Endpoint, e.g. https://example.openai.azure.com',
            '在此输入您的 API 域名，如：https://example.openai.azure.com',
          ),
        }),
        secretField('openai_api_key', i18n('API Key', 'API Key'), {
          placeholder: i18n('Enter your API key here', '在此输入您的 API Key'),
        }),
        selectField(
          'openai_api_version',
          i18n('API Version', 'API 版本'),
          API_VERSIONS.map((v) => option(v, v, v)),
          { default: '2025-04-01-preview', placeholder: i18n('Select your API Version', '在此选择您的 API 版本') },
        ),
        selectField(
          'base_model_name',
          i18n('Base Model', '基础模型'),
          BASE_MODELS.map((m) => option(m.model, m.model, m.model, onModelType(m.model_type))),
          { placeholder: i18n('Select the model your deployment runs', '在此选择您的部署所运行的模型') },
        ),
      ],
    },
    models: [],
  },
  customModel: deploymentModel,
};
