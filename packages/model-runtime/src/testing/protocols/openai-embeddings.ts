import { deterministicEmbedding, embeddingToBase64 } from '../embedding';
import { sendVendorError, type HandlerContext } from '../handler-context';
import { sendJson } from '../http-io';
import { asNumber, asRecord, asString } from '../json-access';
import { countWords } from '../tokenizer';

export const DEFAULT_DIMENSIONS = 256;

/** `POST …/embeddings`: `input` as a string or a list; token-id arrays are embedded as their digits. */
export function handleOpenAiEmbeddings(ctx: HandlerContext): void {
  const body = asRecord(ctx.body);
  const inputs = embeddingInputs(body.input);
  if (inputs.length === 0) {
    sendVendorError(ctx, 400, 'bad_request', "'input' is a required property and must not be empty.");
    return;
  }
  const dimensions = asNumber(body.dimensions) ?? DEFAULT_DIMENSIONS;
  const base64 = body.encoding_format === 'base64';
  const tokens = inputs.reduce((sum, text) => sum + countWords(text), 0);
  sendJson(ctx.res, 200, {
    object: 'list',
    data: inputs.map((text, index) => {
      const vector = deterministicEmbedding(text, dimensions);
      return { object: 'embedding', index, embedding: base64 ? embeddingToBase64(vector) : vector };
    }),
    model: asString(body.model) ?? 'test-embedding',
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

function embeddingInputs(input: unknown): string[] {
  if (typeof input === 'string') return [input];
  if (!Array.isArray(input)) return [];
  if (input.every((item) => typeof item === 'number')) return [input.join(' ')];
  return input.map((item) => (Array.isArray(item) ? item.join(' ') : String(item)));
}
