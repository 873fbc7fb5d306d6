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
  /** Hands a record to `onUsage`; never throws, so reporting cannot turn a success into a failure. */
  report(record: UsageRecord): Promise<void>;
}

export function createRuntimeContext(options: ModelRuntimeOptions): RuntimeContext {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const baseFetch: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    fetch: withAttemptTimeout(baseFetch, timeoutMs),
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    timeoutMs,
    async report(record) {
      try {
        await options.onUsage?.(record);
      } catch (error) {
        options.onUsageError?.(error);
      }
    },
  };
}
