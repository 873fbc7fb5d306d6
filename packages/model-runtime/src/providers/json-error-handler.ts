import { createJsonErrorResponseHandler } from '@ai-sdk/provider-utils';
import { z } from 'zod';

/**
 * Error bodies of the endpoints called without an AI SDK model (moderation, Jina-style rerank, model listings):
 * OpenAI's `{error:{message}}`, `{error:"…"}`, FastAPI's `{detail}` and plain `{message}`.
 */
const errorBody = z.looseObject({
  error: z.union([z.string(), z.looseObject({ message: z.string().optional() })]).optional(),
  detail: z.unknown().optional(),
  message: z.string().optional(),
});

function errorMessage(body: z.infer<typeof errorBody>): string {
  if (typeof body.error === 'string') return body.error;
  if (body.error?.message) return body.error.message;
  if (typeof body.detail === 'string') return body.detail;
  if (body.detail !== undefined) return JSON.stringify(body.detail);
  return body.message ?? 'Unknown upstream error';
}

export const jsonErrorResponseHandler = createJsonErrorResponseHandler({
  errorSchema: errorBody,
  errorToMessage: errorMessage,
});
