import { createJsonResponseHandler, getFromApi, type FetchFunction } from '@ai-sdk/provider-utils';
import { z } from 'zod';
import { jsonErrorResponseHandler } from './json-error-handler';

const openAiModelList = z.looseObject({ data: z.array(z.looseObject({ id: z.string() })) });
const ollamaTagList = z.looseObject({ models: z.array(z.looseObject({ name: z.string() })) });

/** `GET {baseURL}/models` of an OpenAI-style server. */
export async function listOpenAiStyleModels(options: {
  baseURL: string;
  query?: Record<string, string>;
  headers: Record<string, string | undefined>;
  fetch: FetchFunction;
  abortSignal?: AbortSignal;
}): Promise<string[]> {
  const { value } = await getFromApi({
    url: `${options.baseURL}/models${options.query ? `?${new URLSearchParams(options.query)}` : ''}`,
    headers: options.headers,
    failedResponseHandler: jsonErrorResponseHandler,
    successfulResponseHandler: createJsonResponseHandler(openAiModelList),
    abortSignal: options.abortSignal,
    fetch: options.fetch,
  });
  return value.data.map((model) => model.id);
}

/** `GET {baseURL}/api/tags` of an Ollama server. */
export async function listOllamaModels(options: {
  baseURL: string;
  fetch: FetchFunction;
  abortSignal?: AbortSignal;
}): Promise<string[]> {
  const { value } = await getFromApi({
    url: `${options.baseURL}/api/tags`,
    failedResponseHandler: jsonErrorResponseHandler,
    successfulResponseHandler: createJsonResponseHandler(ollamaTagList),
    abortSignal: options.abortSignal,
    fetch: options.fetch,
  });
  return value.models.map((model) => model.name);
}
