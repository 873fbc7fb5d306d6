import type { CatalogProvider } from '../catalog-provider';
import { apiKeyField, i18n, textField } from '../forms';
import { ICONS } from '../icons';
import { embedding, rerank, usdPerMillion } from '../model-builders';

export const cohere: CatalogProvider = {
  definition: {
    provider: 'cohere',
    aliases: ['langgenius/cohere/cohere'],
    label: i18n('Cohere', 'Cohere'),
    description: i18n('Embedding and rerank models by Cohere.', 'Cohere 的嵌入与重排序模型。'),
    icon: ICONS.cohere,
    background: '#ECE9E6',
    help: {
      title: i18n('Get your API key from Cohere', '从 Cohere 获取 API Key'),
      url: i18n('https://dashboard.cohere.com/api-keys', 'https://dashboard.cohere.com/api-keys'),
    },
    supported_model_types: ['rerank', 'text-embedding'],
    configurate_methods: ['predefined-model'],
    provider_credential_schema: {
      credential_form_schemas: [
        apiKeyField('api_key'),
        textField('base_url', i18n('API Base', 'API Base'), {
          placeholder: i18n(
            'Enter your API Base, e.g. https://api.cohere.com/v2',
            '在此输入您的 API Base，如：https://api.cohere.com/v2',
          ),
        }),
      ],
    },
    model_credential_schema: null,
    models: [
      rerank({ model: 'rerank-v3.5', contextSize: 4096 }),
      rerank({ model: 'rerank-english-v3.0', contextSize: 4096 }),
      rerank({ model: 'rerank-multilingual-v3.0', contextSize: 4096 }),
      embedding({ model: 'embed-v4.0', contextSize: 128000, maxChunks: 96, pricing: usdPerMillion('0.12') }),
      embedding({ model: 'embed-english-v3.0', contextSize: 512, maxChunks: 96, pricing: usdPerMillion('0.10') }),
      embedding({ model: 'embed-multilingual-v3.0', contextSize: 512, maxChunks: 96, pricing: usdPerMillion('0.10') }),
    ],
  },
};
