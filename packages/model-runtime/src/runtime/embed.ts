import { embedMany } from 'ai';
import type { EmbeddingRequest, EmbeddingResult } from '../types';
import { meteredCall } from './metered-call';
import { providerClient, resolveModel } from './resolve-model';
import type { RuntimeContext } from './runtime-context';
import { embeddingUsage } from './usage';

function batches<T>(items: T[], size: number | undefined): T[][] {
  if (!size || size <= 0 || items.length <= size) return items.length === 0 ? [] : [items];
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Embeds in batches no larger than the model's `max_chunks`, one after another, keeping the input order. */
export function embed(context: RuntimeContext, request: EmbeddingRequest): Promise<EmbeddingResult> {
  return meteredCall(context, request, async (startedAt) => {
    const client = providerClient(context, request.target);
    const model = resolveModel(context, request.target, 'embeddingModel', client);
    const providerOptions = request.inputType ? client.embeddingOptions?.(request.inputType) : undefined;
    const embeddings: number[][] = [];
    let tokens = 0;
    for (const values of batches(request.texts, request.target.definition.model_properties.max_chunks)) {
      const result = await embedMany({
        model,
        values,
        providerOptions,
        maxRetries: context.maxRetries,
        abortSignal: request.signal,
      });
      embeddings.push(...result.embeddings);
      tokens += result.usage.tokens;
    }
    const timing = { latencyMs: performance.now() - startedAt };
    return {
      value: { model: request.target.model, embeddings, usage: embeddingUsage(request.target, tokens, timing.latencyMs) },
      tokens: { prompt: tokens, completion: 0 },
      timing,
    };
  });
}
