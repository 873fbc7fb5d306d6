import { type AppDeps } from '../deps';
import { AppError } from '../errors';
import { type AttemptLimit, releaseAttempt, reserveAttempt, resetCounter } from './rate-limit';

export interface GuardedCounter {
  key: string;
  limit: AttemptLimit;
  /** Answered, without checking anything, when this counter has no attempt left. */
  refused: () => AppError;
  /** A success clears a lockout (`reset`) or only gives its attempt back to a shared budget (`release`). */
  onSuccess: 'reset' | 'release';
}

/**
 * Runs a check of a guessable secret (a password, a mailed code) under lockout counters. An attempt
 * is reserved on every counter, in order, before the check runs: reading the count first and adding
 * to it after a failed check would let a parallel burst of guesses all pass the read. The first
 * counter with no attempt left refuses, and the attempts already taken are given back.
 *
 * A check that fails with `failureCode` keeps its attempts counted; any other failure checked no
 * guess (an unknown token, a closed account) and gives them back, as does a success, which also
 * resets the counters marked `reset`.
 */
export async function checkWithinAttempts<T>(
  deps: AppDeps,
  counters: GuardedCounter[],
  failureCode: string,
  check: () => Promise<T>,
): Promise<T> {
  const reserved: GuardedCounter[] = [];
  for (const counter of counters) {
    if (!(await reserveAttempt(deps, counter.key, counter.limit))) {
      await releaseAll(deps, reserved);
      throw counter.refused();
    }
    reserved.push(counter);
  }
  let result: T;
  try {
    result = await check();
  } catch (error) {
    if (!(error instanceof AppError && error.appCode === failureCode)) await releaseAll(deps, reserved);
    throw error;
  }
  for (const counter of reserved) {
    if (counter.onSuccess === 'reset') await resetCounter(deps, counter.key);
    else await releaseAttempt(deps, counter.key);
  }
  return result;
}

async function releaseAll(deps: AppDeps, counters: GuardedCounter[]): Promise<void> {
  for (const counter of counters) await releaseAttempt(deps, counter.key);
}
