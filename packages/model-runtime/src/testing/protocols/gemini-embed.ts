import { deterministicEmbedding } from '../embedding';
import type { HandlerContext } from '../handler-context';
import { sendJson } from '../http-io';
import { asArray, asNumber, asRecord, textOfContent } from '../json-access';
import { DEFAULT_DIMENSIONS } from './openai-embeddings';

/** `…/models/{model}:embedContent` and `:batchEmbedContents`. */
export function handleGeminiEmbed(ctx: HandlerContext): void {
  const body = asRecord(ctx.body);
  if (ctx.params.action === 'embedContent') {
    sendJson(ctx.res, 200, { embedding: embed(body) });
    return;
  }
  sendJson(ctx.res, 200, { embeddings: asArray(body.requests).map((request) => embed(asRecord(request))) });
}

function embed(request: Record<string, unknown>): { values: number[] } {
  const text = textOfContent(asRecord(request.content).parts);
  return { values: deterministicEmbedding(text, asNumber(request.outputDimensionality) ?? DEFAULT_DIMENSIONS) };
}
