import type { RerankingModelV3, RerankingModelV3CallOptions } from '@ai-sdk/provider';
import { combineHeaders, createJsonResponseHandler, postJsonToApi, type FetchFunction } from '@ai-sdk/provider-utils';
import { z } from 'zod';
import { jsonErrorResponseHandler } from './json-error-handler';

const rerankResponse = z.looseObject({
  model: z.string().nullish(),
  results: z.array(z.looseObject({ index: z.number().int(), relevance_score: z.number() })),
});

export interface JinaStyleRerankingConfig {
  provider: string;
  /** The full rerank endpoint, e.g. `https://api.jina.ai/v1/rerank`. */
  url: string;
  apiKey?: string;
  fetch: FetchFunction;
}

/**
 * The `POST …/rerank` dialect Jina introduced and most OpenAI-compatible servers (vLLM, Xinference, LocalAI…)
 * copy. The AI SDK has no model for it, so this one goes through the same provider-utils helpers the SDK's own
 * models use, which keeps errors, retries and aborts identical.
 */
export class JinaStyleRerankingModel implements RerankingModelV3 {
  readonly specificationVersion = 'v3';

  constructor(
    readonly modelId: string,
    private readonly config: JinaStyleRerankingConfig,
  ) {}

  get provider(): string {
    return this.config.provider;
  }

  async doRerank({ documents, query, topN, abortSignal, headers }: RerankingModelV3CallOptions) {
    const texts = documents.type === 'text' ? documents.values : documents.values.map((value) => JSON.stringify(value));
    const { value, responseHeaders, rawValue } = await postJsonToApi({
      url: this.config.url,
      headers: combineHeaders(this.config.apiKey ? { authorization: `Bearer ${this.config.apiKey}` } : {}, headers),
      body: { model: this.modelId, query, documents: texts, top_n: topN, return_documents: false },
      failedResponseHandler: jsonErrorResponseHandler,
      successfulResponseHandler: createJsonResponseHandler(rerankResponse),
      abortSignal,
      fetch: this.config.fetch,
    });
    const ranking = value.results
      .map((result) => ({ index: result.index, relevanceScore: result.relevance_score }))
      .sort((a, b) => b.relevanceScore - a.relevanceScore);
    return {
      ranking,
      response: { modelId: value.model ?? undefined, headers: responseHeaders, body: rawValue },
    };
  }
}
