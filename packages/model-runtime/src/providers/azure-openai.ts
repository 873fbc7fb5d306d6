import { createAzure } from '@ai-sdk/azure';
import { credentialText, requiredCredential, withVersionSuffix } from './credential-values';
import { listOpenAiStyleModels } from './list-models';
import type { ProviderFactory } from './types';

const DEFAULT_API_VERSION = '2025-04-01-preview';

/** Azure OpenAI addresses models by deployment: the custom model's name is the deployment name. */
export const azureOpenAiProvider: ProviderFactory = (credentials, fetch) => {
  const baseURL = withVersionSuffix(requiredCredential(credentials, 'openai_api_base'), '/openai');
  const apiKey = requiredCredential(credentials, 'openai_api_key');
  const apiVersion = credentialText(credentials, 'openai_api_version') ?? DEFAULT_API_VERSION;
  const azure = createAzure({
    baseURL,
    apiKey,
    apiVersion,
    useDeploymentBasedUrls: true,
    fetch,
  });
  return {
    languageModel: (deployment) => azure.chat(deployment),
    embeddingModel: (deployment) => azure.embedding(deployment),
    speechModel: (deployment) => azure.speech(deployment),
    transcriptionModel: (deployment) => azure.transcription(deployment),
    listModels: (abortSignal) =>
      listOpenAiStyleModels({
        baseURL,
        query: { 'api-version': apiVersion },
        headers: { 'api-key': apiKey },
        fetch,
        abortSignal,
      }),
  };
};
