import { combineHeaders, createJsonResponseHandler, postJsonToApi, type FetchFunction } from '@ai-sdk/provider-utils';
import { z } from 'zod';
import { jsonErrorResponseHandler } from './json-error-handler';
import type { ModerationModel, ModerationOutcome } from './types';

const moderationResponse = z.looseObject({
  results: z.array(
    z.looseObject({
      flagged: z.boolean(),
      categories: z.record(z.string(), z.boolean().nullish()).optional(),
    }),
  ),
});

export interface OpenAiModerationConfig {
  provider: string;
  /** Base URL including the version segment, e.g. `https://api.openai.com/v1`. */
  baseURL: string;
  headers: Record<string, string | undefined>;
  fetch: FetchFunction;
}

/** OpenAI's `POST /moderations`, which the AI SDK does not cover. */
export class OpenAiModerationModel implements ModerationModel {
  constructor(
    readonly modelId: string,
    private readonly config: OpenAiModerationConfig,
  ) {}

  get provider(): string {
    return this.config.provider;
  }

  async doModerate({ text, abortSignal }: { text: string; abortSignal?: AbortSignal }): Promise<ModerationOutcome> {
    const { value } = await postJsonToApi({
      url: `${this.config.baseURL}/moderations`,
      headers: combineHeaders(this.config.headers),
      body: { model: this.modelId, input: text },
      failedResponseHandler: jsonErrorResponseHandler,
      successfulResponseHandler: createJsonResponseHandler(moderationResponse),
      abortSignal,
      fetch: this.config.fetch,
    });
    const flaggedResults = value.results.filter((result) => result.flagged);
    const categories = new Set<string>();
    for (const result of flaggedResults) {
      for (const [name, hit] of Object.entries(result.categories ?? {})) if (hit) categories.add(name);
    }
    return { flagged: flaggedResults.length > 0, categories: [...categories] };
  }
}
