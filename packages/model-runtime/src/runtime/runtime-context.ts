import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { ModelRuntimeOptions, UsageRecord } from '../types';
import { withAttemptTimeout } from './attempt-timeout-fetch';

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

/** The runtime's options resolved once: the fetch every provider uses, the retry budget, the usage sink. */
export interface RuntimeContext {
  fetch: FetchFunction;
  maxRetries: number;
  timeoutMs: number;
  /**
   * Hands a record to `onUsage` and returns at once: the caller's answer never waits for the usage
   * store. Never throws; a failure, now or later, goes to `onUsageError`, so reporting cannot turn a
   * success into a failure nor go unhandled.
   */
  report(record: UsageRecord): void;
}

export function createRuntimeContext(options: ModelRuntimeOptions): RuntimeContext {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const baseFetch: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    fetch: withAttemptTimeout(baseFetch, timeoutMs),
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    timeoutMs,
    report(record) {
      const failed = (error: unknown) => options.onUsageError?.(error);
      try {
        void Promise.resolve(options.onUsage?.(record)).catch(failed);
      } catch (error) {
        failed(error);
      }
    },
  };
}
