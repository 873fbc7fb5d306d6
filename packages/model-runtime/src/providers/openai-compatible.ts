import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { credentialText, requiredCredential, withoutTrailingSlashes } from './credential-values';
import { JinaStyleRerankingModel } from './jina-style-reranking-model';
import { listOpenAiStyleModels } from './list-models';
import type { ProviderFactory } from './types';

/**
 * Any server that speaks OpenAI's API (vLLM, LM Studio, Xinference, LocalAI…). `endpoint_url` includes the version
 * segment, as in Dify; `endpoint_model_name` is the name the server knows the model by.
 */
export const openAiCompatibleProvider: ProviderFactory = (credentials, fetch) => {
  const baseURL = withoutTrailingSlashes(requiredCredential(credentials, 'endpoint_url'));
  const apiKey = credentialText(credentials, 'api_key');
  const upstreamName = (model: string) => credentialText(credentials, 'endpoint_model_name') ?? model;
  const compatible = createOpenAICompatible({
    name: 'openai_api_compatible',
    baseURL,
    apiKey,
    includeUsage: true,
    supportsStructuredOutputs: credentialText(credentials, 'structured_output_support') === 'supported',
    fetch,
  });
  // Speech and transcription are not part of the compatible package; OpenAI's own models speak the same wire.
  let openai: ReturnType<typeof createOpenAI> | undefined;
  const speechProvider = () => (openai ??= createOpenAI({ baseURL, apiKey: apiKey ?? '', fetch }));
  const headers = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
  return {
    languageModel: (model) =>
      credentialText(credentials, 'mode') === 'completion'
        ? compatible.completionModel(upstreamName(model))
        : compatible.chatModel(upstreamName(model)),
    embeddingModel: (model) => compatible.embeddingModel(upstreamName(model)),
    rerankingModel: (model) =>
      new JinaStyleRerankingModel(upstreamName(model), {
        provider: 'openai_api_compatible.rerank',
        url: `${baseURL}/rerank`,
        apiKey,
        fetch,
      }),
    speechModel: (model) => speechProvider().speech(upstreamName(model)),
    transcriptionModel: (model) => speechProvider().transcription(upstreamName(model)),
    listModels: (abortSignal) => listOpenAiStyleModels({ baseURL, headers, fetch, abortSignal }),
  };
};
