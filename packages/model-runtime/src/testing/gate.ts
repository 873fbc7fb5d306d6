import type { IncomingHttpHeaders } from 'node:http';
import { sendJson } from './http-io';
import { sendVendorError, type HandlerContext } from './handler-context';
import { asRecord, asString } from './json-access';
import { multipartField, parseMultipart } from './multipart';
import { authErrorMessage, modelNotFoundMessage, QUOTA_MESSAGE, vendorErrorBody } from './vendor-errors';

const MISSING_MODEL = 'missing-model';

/**
 * The checks a real vendor makes before doing any work: scheduled failures first (so `failNext` always hits
 * the next matching request), then the API key, then the model name. Returns true when it already answered.
 */
export function rejectRequest(ctx: HandlerContext): boolean {
  const failure = ctx.state.takeFailure(ctx.path);
  if (failure) {
    const retryMs = failure.retryAfterMs ?? ctx.state.defaultRetryAfterMs;
    const transient = failure.status === 429 || failure.status >= 500;
    const headers = transient ? { 'retry-after-ms': String(retryMs), 'retry-after': String(Math.ceil(retryMs / 1000)) } : {};
    const body = failure.body ?? vendorErrorBody(ctx.protocol, 'upstream', failure.status, 'Simulated upstream failure');
    sendJson(ctx.res, failure.status, body, headers);
    return true;
  }
  const key = apiKeyOf(ctx.req.headers, ctx.query);
  if (key?.startsWith('invalid')) {
    sendVendorError(ctx, 401, 'auth', authErrorMessage(ctx.protocol, key));
    return true;
  }
  if (key?.startsWith('quota')) {
    sendVendorError(ctx, 429, 'quota', QUOTA_MESSAGE);
    return true;
  }
  const model = modelOf(ctx);
  if (model === MISSING_MODEL) {
    sendVendorError(ctx, 404, 'model_not_found', modelNotFoundMessage(ctx.protocol, model));
    return true;
  }
  return false;
}

function apiKeyOf(headers: IncomingHttpHeaders, query: Record<string, string>): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1];
  const single = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return bearer ?? single('x-api-key') ?? single('api-key') ?? single('x-goog-api-key') ?? query.key;
}

function modelOf(ctx: HandlerContext): string | undefined {
  const contentType = ctx.req.headers['content-type'] ?? '';
  const fromForm =
    Buffer.isBuffer(ctx.body) && contentType.startsWith('multipart/')
      ? multipartField(parseMultipart(ctx.body, contentType), 'model')
      : undefined;
  const named = ctx.params.model ?? fromForm ?? asString(asRecord(ctx.body).model);
  return named?.replace(/^models\//, '');
}
