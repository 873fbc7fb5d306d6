import { FetchTimeoutError } from './errors';

export interface Deadline {
  /** Aborts with the caller's reason, or with a FetchTimeoutError when the time is up. */
  signal: AbortSignal;
  dispose(): void;
}

/** One signal for everything that ends a fetch early: the total time allowed and any caller's signal. */
export function createDeadline(timeoutMs: number, signals: ReadonlyArray<AbortSignal | null | undefined>): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchTimeoutError(timeoutMs)), timeoutMs);
  timer.unref();
  const listeners: Array<() => void> = [];
  const dispose = () => {
    clearTimeout(timer);
    for (const remove of listeners) remove();
    listeners.length = 0;
  };
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    const onAbort = () => controller.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    listeners.push(() => signal.removeEventListener('abort', onAbort));
  }
  controller.signal.addEventListener('abort', dispose, { once: true });
  return { signal: controller.signal, dispose };
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
