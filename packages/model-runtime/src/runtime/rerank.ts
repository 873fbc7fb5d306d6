import { rerank as rerankDocuments } from 'ai';
import type { RerankRequest, RerankResult } from '../types';
import { meteredCall, NO_TOKENS } from './metered-call';
import { resolveModel } from './resolve-model';
import type { RuntimeContext } from './runtime-context';

/** Documents best first with their original index; `topN` caps the list and `scoreThreshold` drops weak matches. */
export function rerank(context: RuntimeContext, request: RerankRequest): Promise<RerankResult> {
  return meteredCall(context, request, async (startedAt) => {
    const model = request.documents.length === 0 ? undefined : resolveModel(context, request.target, 'rerankingModel');
    const ranking = model
      ? (
          await rerankDocuments({
            model,
            documents: request.documents,
            query: request.query,
            topN: request.topN,
            maxRetries: context.maxRetries,
            abortSignal: request.signal,
          })
        ).ranking
      : [];
    const docs = ranking
      .filter((entry) => request.scoreThreshold === undefined || entry.score >= request.scoreThreshold)
      .slice(0, request.topN ?? ranking.length)
      .map((entry) => ({ index: entry.originalIndex, text: entry.document, score: entry.score }));
    return {
      value: { model: request.target.model, docs },
      tokens: NO_TOKENS,
      timing: { latencyMs: performance.now() - startedAt },
    };
  });
}
