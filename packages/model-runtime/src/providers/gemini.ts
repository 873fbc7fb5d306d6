import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { credentialText, requiredCredential, withVersionSuffix } from './credential-values';
import type { ProviderFactory } from './types';

export const geminiProvider: ProviderFactory = (credentials, fetch) => {
  const google = createGoogleGenerativeAI({
    apiKey: requiredCredential(credentials, 'google_api_key'),
    baseURL: withVersionSuffix(credentialText(credentials, 'google_base_url'), '/v1beta'),
    fetch,
  });
  return {
    languageModel: (model) => google.chat(model),
    embeddingModel: (model) => google.embedding(model),
    embeddingOptions: (inputType) => ({
      google: { taskType: inputType === 'query' ? 'RETRIEVAL_QUERY' : 'RETRIEVAL_DOCUMENT' },
    }),
  };
};
