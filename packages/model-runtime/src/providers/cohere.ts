import { createCohere } from '@ai-sdk/cohere';
import { credentialText, requiredCredential, withVersionSuffix } from './credential-values';
import type { ProviderFactory } from './types';

export const cohereProvider: ProviderFactory = (credentials, fetch) => {
  const cohere = createCohere({
    apiKey: requiredCredential(credentials, 'api_key'),
    baseURL: withVersionSuffix(credentialText(credentials, 'base_url'), '/v2'),
    fetch,
  });
  return {
    embeddingModel: (model) => cohere.embedding(model),
    rerankingModel: (model) => cohere.reranking(model),
    embeddingOptions: (inputType) => ({
      cohere: { inputType: inputType === 'query' ? 'search_query' : 'search_document' },
    }),
  };
};
