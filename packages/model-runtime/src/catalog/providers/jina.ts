import type { Credentials, ModelDefinition, ModelType } from '../../types';
import type { CatalogProvider } from '../catalog-provider';
import { customModel, genericCustomModel, numberFrom } from '../custom-model-helpers';
import { apiKeyField, i18n, textField } from '../forms';
import { ICONS } from '../icons';
import { embedding, rerank } from '../model-builders';

const baseUrlField = textField('base_url', i18n('API Base', 'API Base'), {
  default: 'https://api.jina.ai/v1',
  placeholder: i18n('Enter your API Base, e.g. https://api.jina.ai/v1', '在此输入您的 API Base，如：https://api.jina.ai/v1'),
});

function jinaModel(model: string, modelType: ModelType, credentials: Credentials): ModelDefinition {
  const contextSize = numberFrom(credentials.context_size, 8192);
  if (modelType === 'text-embedding') {
    return customModel(model, modelType, { properties: { context_size: contextSize, max_chunks: 128 } });
  }
  if (modelType === 'rerank') return customModel(model, modelType, { properties: { context_size: contextSize } });
  return genericCustomModel(model, modelType, credentials);
}

export const jina: CatalogProvider = {
  definition: {
    provider: 'jina',
    aliases: ['langgenius/jina/jina', 'jinaai'],
    label: i18n('Jina AI', 'Jina AI'),
    description: i18n('Embedding and rerank models by Jina AI.', 'Jina AI 的嵌入与重排序模型。'),
    icon: ICONS.jina,
    background: '#EFFDFD',
    help: {
      title: i18n('Get your API key from Jina AI', '从 Jina AI 获取 API Key'),
      url: i18n('https://jina.ai/', 'https://jina.ai/'),
    },
    supported_model_types: ['rerank', 'text-embedding'],
    configurate_methods: ['predefined-model', 'customizable-model'],
    provider_credential_schema: { credential_form_schemas: [apiKeyField('api_key'), baseUrlField] },
    model_credential_schema: {
      model: {
        label: i18n('Model Name', '模型名称'),
        placeholder: i18n('Enter your model name', '输入模型名称'),
      },
      credential_form_schemas: [
        { ...apiKeyField('api_key'), required: false },
        baseUrlField,
        textField('context_size', i18n('Model context size', '模型上下文长度'), { required: true, default: '8192' }),
      ],
    },
    models: [
      rerank({ model: 'jina-reranker-v2-base-multilingual', contextSize: 1024 }),
      rerank({ model: 'jina-reranker-m0', contextSize: 10240, features: ['vision'] }),
      rerank({ model: 'jina-colbert-v2', contextSize: 8192 }),
      embedding({ model: 'jina-embeddings-v3', contextSize: 8192, maxChunks: 128 }),
      embedding({ model: 'jina-clip-v2', contextSize: 8192, maxChunks: 128, features: ['vision'] }),
    ],
  },
  customModel: jinaModel,
};
