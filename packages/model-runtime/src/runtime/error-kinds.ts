import { APICallError } from '@ai-sdk/provider';
import { RetryError } from 'ai';
import { TIMEOUT_ERROR_NAME } from './attempt-timeout-fetch';

/** The error behind the SDK's "failed after N attempts" wrapper. */
export function unwrapRetries(error: unknown): unknown {
  return RetryError.isInstance(error) ? (error.lastError ?? error) : error;
}

/**
 * A 429 about money rather than speed: retrying cannot help, so it must not be retried, and callers report it as
 * exhausted quota rather than a transient failure.
 */
export function isQuotaError(error: unknown): boolean {
  if (!APICallError.isInstance(error) || error.statusCode !== 429) return false;
  return /insufficient_quota|quota/i.test(`${error.message} ${error.responseBody ?? ''}`);
}

export function isTimeoutError(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Object && depth < 5; depth += 1) {
    if ((current as { name?: unknown }).name === TIMEOUT_ERROR_NAME) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
