import { APICallError } from '@ai-sdk/provider';
import { retryWithExponentialBackoff } from '@ai-sdk/provider-utils';
import { RetryError } from 'ai';
import { isQuotaError } from './error-kinds';

const INITIAL_DELAY_MS = 2_000;
const LONGEST_HONOURED_DELAY_MS = 60_000;

/** Retry-After(-ms) when the server sent one and it is sane, else the exponential delay. */
export function retryDelayMs(error: unknown, exponentialBackoffDelay: number): number {
  const headers = APICallError.isInstance(error) ? error.responseHeaders : undefined;
  if (!headers) return exponentialBackoffDelay;
  const afterMs = Number.parseFloat(headers['retry-after-ms'] ?? '');
  const afterSeconds = Number.parseFloat(headers['retry-after'] ?? '');
  const delay = Number.isFinite(afterMs) ? afterMs : Number.isFinite(afterSeconds) ? afterSeconds * 1000 : NaN;
  return delay >= 0 && delay <= LONGEST_HONOURED_DELAY_MS ? delay : exponentialBackoffDelay;
}

/**
 * For the few calls made without an AI SDK model function (moderation, model listings): the same backoff
 * policy the SDK applies to its own calls, and the same RetryError when attempts run out.
 */
export function withRetries<T>(
  call: () => Promise<T>,
  options: { maxRetries: number; abortSignal?: AbortSignal },
): Promise<T> {
  const retry = retryWithExponentialBackoff({
    maxRetries: options.maxRetries,
    initialDelayInMs: INITIAL_DELAY_MS,
    abortSignal: options.abortSignal,
    shouldRetry: (error) => APICallError.isInstance(error) && error.isRetryable && !isQuotaError(error),
    getDelayInMs: ({ error, exponentialBackoffDelay }) => retryDelayMs(error, exponentialBackoffDelay),
    createRetryError: ({ message, reason, errors }) => new RetryError({ message, reason, errors }),
  });
  return Promise.resolve(retry(call));
}
