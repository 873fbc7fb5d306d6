import { APICallError } from '@ai-sdk/provider';
import { isQuotaError } from './error-kinds';

function notRetryable(error: unknown): unknown {
  if (!APICallError.isInstance(error) || !isQuotaError(error) || !error.isRetryable) return error;
  return new APICallError({
    message: error.message,
    url: error.url,
    requestBodyValues: error.requestBodyValues,
    statusCode: error.statusCode,
    responseHeaders: error.responseHeaders,
    responseBody: error.responseBody,
    cause: error.cause,
    data: error.data,
    isRetryable: false,
  });
}

/**
 * The SDKs mark every 429 retryable, but an exhausted quota stays exhausted: retrying only adds seconds of backoff
 * before the same answer. This wraps a model's `do*` calls so such errors come out not retryable.
 */
export function withoutQuotaRetries<T extends object>(model: T): T {
  return new Proxy(model, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof property !== 'string' || !property.startsWith('do') || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } catch (error) {
          throw notRetryable(error);
        }
      };
    },
  });
}
