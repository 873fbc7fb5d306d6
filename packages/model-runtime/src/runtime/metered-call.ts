import { NoObjectGeneratedError } from 'ai';
import type { ModelTarget, UsageCaller } from '../types';
import { secretValues, toModelRuntimeError } from './map-error';
import type { RuntimeContext } from './runtime-context';
import { usageRecord, type Timing, type Tokens } from './usage';

export interface CallScope {
  target: ModelTarget;
  caller: UsageCaller;
  signal?: AbortSignal;
}

export interface MeteredOutcome<T> {
  value: T;
  tokens: Tokens;
  timing: Timing;
}

export const NO_TOKENS: Tokens = { prompt: 0, completion: 0 };

/** Tokens a failed call still consumed, when the error says (an answer that missed its schema was generated). */
export function tokensOfFailure(error: unknown): Tokens {
  if (NoObjectGeneratedError.isInstance(error) && error.usage) {
    return { prompt: error.usage.inputTokens ?? 0, completion: error.usage.outputTokens ?? 0 };
  }
  return NO_TOKENS;
}

/**
 * Runs one non-streaming call: reports its usage exactly once, success or failure, as the caller gets the outcome
 * (the report is handed over, not waited for), and turns any failure into a ModelRuntimeError.
 */
export async function meteredCall<T>(
  context: RuntimeContext,
  scope: CallScope,
  call: (startedAt: number) => Promise<MeteredOutcome<T>>,
): Promise<T> {
  const startedAt = performance.now();
  try {
    const { value, tokens, timing } = await call(startedAt);
    context.report(usageRecord({ target: scope.target, caller: scope.caller, tokens, timing }));
    return value;
  } catch (error) {
    const failure = toModelRuntimeError(error, {
      aborted: scope.signal?.aborted ?? false,
      secrets: secretValues(scope.target.credentials),
    });
    context.report(
      usageRecord({
        target: scope.target,
        caller: scope.caller,
        tokens: tokensOfFailure(error),
        timing: { latencyMs: performance.now() - startedAt },
        errorCode: failure.code,
      }),
    );
    throw failure;
  }
}
