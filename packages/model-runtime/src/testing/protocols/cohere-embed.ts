import { deterministicEmbedding } from '../embedding';
import { sendVendorError, type HandlerContext } from '../handler-context';
import { sendJson } from '../http-io';
import { asArray, asNumber, asRecord, asString } from '../json-access';
import { countWords } from '../tokenizer';
import { DEFAULT_DIMENSIONS } from './openai-embeddings';

/** Cohere v2's `POST …/v2/embed` with `texts` and `embedding_types: ["float"]`. */
export function handleCohereEmbed(ctx: HandlerContext): void {
  const body = asRecord(ctx.body);
  const texts = asArray(body.texts).map((text) => asString(text) ?? '');
  if (texts.length === 0) {
    sendVendorError(ctx, 400, 'bad_request', 'invalid request: texts must not be empty');
    return;
  }
  const dimensions = asNumber(body.output_dimension) ?? DEFAULT_DIMENSIONS;
  const vectors = texts.map((text) => deterministicEmbedding(text, dimensions));
  const types = asArray(body.embedding_types).filter((type): type is string => typeof type === 'string');
  const embeddings = Object.fromEntries((types.length > 0 ? types : ['float']).map((type) => [type, vectors]));
  sendJson(ctx.res, 200, {
    id: ctx.state.nextId('embed-'),
    embeddings,
    texts,
    meta: {
      api_version: { version: '2' },
      billed_units: { input_tokens: texts.reduce((sum, text) => sum + countWords(text), 0) },
    },
  });
}
