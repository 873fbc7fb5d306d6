import { createOpenAI } from '@ai-sdk/openai';
import { credentialText, requiredCredential, withVersionSuffix } from './credential-values';
import { listOpenAiStyleModels } from './list-models';
import { OpenAiModerationModel } from './openai-moderation-model';
import type { ProviderFactory } from './types';

const DEFAULT_BASE = 'https://api.openai.com/v1';

export const openAiProvider: ProviderFactory = (credentials, fetch) => {
  const apiKey = requiredCredential(credentials, 'openai_api_key');
  const organization = credentialText(credentials, 'openai_organization');
  const baseURL = withVersionSuffix(credentialText(credentials, 'openai_api_base'), '/v1') ?? DEFAULT_BASE;
  const openai = createOpenAI({ apiKey, organization, baseURL, fetch });
  const headers = { authorization: `Bearer ${apiKey}`, 'openai-organization': organization };
  return {
    // Chat Completions rather than Responses: it is what every OpenAI-style server speaks and what Dify uses.
    languageModel: (model) => openai.chat(model),
    embeddingModel: (model) => openai.embedding(model),
    speechModel: (model) => openai.speech(model),
    transcriptionModel: (model) => openai.transcription(model),
    moderationModel: (model) => new OpenAiModerationModel(model, { provider: 'openai.moderation', baseURL, headers, fetch }),
    listModels: (abortSignal) => listOpenAiStyleModels({ baseURL, headers, fetch, abortSignal }),
  };
};
