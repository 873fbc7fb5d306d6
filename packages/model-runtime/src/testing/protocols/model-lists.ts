import type { HandlerContext } from '../handler-context';
import { sendJson } from '../http-io';

export const LISTED_MODELS = [
  'gpt-4o-mini',
  'gpt-4o',
  'text-embedding-3-small',
  'tts-1',
  'whisper-1',
  'omni-moderation-latest',
];
const CREATED = 1_700_000_000;

/**
 * `GET …/models`. OpenAI, Anthropic and Gemini share the path, so the caller's headers pick the shape:
 * `anthropic-version` → Anthropic's, a Google key → Gemini's, anything else → OpenAI's.
 */
export function handleModelList(ctx: HandlerContext): void {
  const headers = ctx.req.headers;
  if (headers['anthropic-version']) {
    const created_at = new Date(CREATED * 1000).toISOString();
    const data = LISTED_MODELS.map((id) => ({ type: 'model', id, display_name: id, created_at }));
    sendJson(ctx.res, 200, { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null });
    return;
  }
  if (headers['x-goog-api-key'] || ctx.query.key) {
    sendJson(ctx.res, 200, {
      models: LISTED_MODELS.map((id) => ({
        name: `models/${id}`,
        displayName: id,
        supportedGenerationMethods: ['generateContent'],
      })),
    });
    return;
  }
  sendJson(ctx.res, 200, {
    object: 'list',
    data: LISTED_MODELS.map((id) => ({ id, object: 'model', created: CREATED, owned_by: 'tessera-test' })),
  });
}

/** Ollama's `GET …/api/tags`. */
export function handleOllamaTags(ctx: HandlerContext): void {
  const models = ['llama3.2:latest', 'nomic-embed-text:latest'].map((name) => ({
    name,
    model: name,
    modified_at: new Date(CREATED * 1000).toISOString(),
    size: 2_019_393_189,
    digest: 'a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72',
    details: {
      parent_model: '',
      format: 'gguf',
      family: 'llama',
      families: ['llama'],
      parameter_size: '3.2B',
      quantization_level: 'Q4_K_M',
    },
  }));
  sendJson(ctx.res, 200, { models });
}
