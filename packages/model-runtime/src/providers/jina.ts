import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { credentialText, requiredCredential, withoutTrailingSlashes } from './credential-values';
import { JinaStyleRerankingModel } from './jina-style-reranking-model';
import type { ProviderFactory } from './types';

const DEFAULT_BASE = 'https://api.jina.ai/v1';

/** Jina's embeddings endpoint is OpenAI-shaped; its rerank endpoint is the dialect others copied. */
export const jinaProvider: ProviderFactory = (credentials, fetch) => {
  const baseURL = withoutTrailingSlashes(credentialText(credentials, 'base_url') ?? DEFAULT_BASE);
  const apiKey = requiredCredential(credentials, 'api_key');
  const embeddings = createOpenAICompatible({ name: 'jina', baseURL, apiKey, fetch });
  return {
    embeddingModel: (model) => embeddings.embeddingModel(model),
    rerankingModel: (model) =>
      new JinaStyleRerankingModel(model, { provider: 'jina.rerank', url: `${baseURL}/rerank`, apiKey, fetch }),
  };
};
