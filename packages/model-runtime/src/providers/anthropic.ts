import { createAnthropic } from '@ai-sdk/anthropic';
import { credentialText, requiredCredential, withVersionSuffix } from './credential-values';
import type { ProviderFactory } from './types';

export const anthropicProvider: ProviderFactory = (credentials, fetch) => {
  const anthropic = createAnthropic({
    apiKey: requiredCredential(credentials, 'anthropic_api_key'),
    baseURL: withVersionSuffix(credentialText(credentials, 'anthropic_api_url'), '/v1'),
    fetch,
  });
  return { languageModel: (model) => anthropic.messages(model) };
};
