import { deterministicEmbedding } from '../embedding';
import type { HandlerContext } from '../handler-context';
import { sendJson } from '../http-io';
import { asArray, asNumber, asRecord, asString } from '../json-access';
import { countWords } from '../tokenizer';
import { DEFAULT_DIMENSIONS } from './openai-embeddings';

/** Ollama's `POST …/api/embed` with `input` as a string or a list. */
export function handleOllamaEmbed(ctx: HandlerContext): void {
  const body = asRecord(ctx.body);
  const inputs = typeof body.input === 'string' ? [body.input] : asArray(body.input).map((item) => asString(item) ?? '');
  const dimensions = asNumber(body.dimensions) ?? DEFAULT_DIMENSIONS;
  sendJson(ctx.res, 200, {
    model: asString(body.model) ?? 'nomic-embed-text',
    embeddings: inputs.map((text) => deterministicEmbedding(text, dimensions)),
    total_duration: 1_000_000,
    load_duration: 100_000,
    prompt_eval_count: inputs.reduce((sum, text) => sum + countWords(text), 0),
  });
}
