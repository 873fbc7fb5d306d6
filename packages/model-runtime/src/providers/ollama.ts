import { createOllama } from 'ollama-ai-provider-v2';
import { credentialText, requiredCredential, withoutTrailingSlashes } from './credential-values';
import { listOllamaModels } from './list-models';
import type { ProviderFactory } from './types';

export const ollamaProvider: ProviderFactory = (credentials, fetch) => {
  const base = withoutTrailingSlashes(requiredCredential(credentials, 'base_url'));
  const ollama = createOllama({ baseURL: `${base}/api`, fetch });
  return {
    languageModel: (model) =>
      credentialText(credentials, 'mode') === 'completion' ? ollama.completion(model) : ollama.chat(model),
    embeddingModel: (model) => ollama.embedding(model),
    listModels: (abortSignal) => listOllamaModels({ baseURL: base, fetch, abortSignal }),
  };
};
