import type { FailureSpec, LatencySettings, RecordedRequest, ScriptedReply, TestModelServerOptions } from './types';

interface PendingFailure extends FailureSpec {
  remaining: number;
}

interface AbortWaiter {
  count: number;
  resolve: () => void;
}

/** Everything a test can steer or inspect; request handlers read and update it. */
export class ServerState {
  readonly requests: RecordedRequest[] = [];
  /** Every pause taken to simulate latency, so tests check pacing without reading a clock. */
  readonly pausesMs: number[] = [];
  readonly defaultRetryAfterMs: number;
  abortedStreams = 0;
  latency: LatencySettings;
  private readonly scripted: ScriptedReply[] = [];
  private readonly failures: PendingFailure[] = [];
  private readonly waiters = new Set<AbortWaiter>();
  private idCounter = 0;

  constructor(private readonly options: TestModelServerOptions) {
    this.defaultRetryAfterMs = options.retryAfterMs ?? 10;
    this.latency = this.initialLatency();
  }

  script(reply: ScriptedReply): void {
    this.scripted.push(reply);
  }

  takeScript(): ScriptedReply | undefined {
    return this.scripted.shift();
  }

  failNext(failure: FailureSpec): void {
    this.failures.push({ ...failure, remaining: failure.times ?? 1 });
  }

  /** Consumes one use of the first pending failure whose path filter matches. */
  takeFailure(path: string): FailureSpec | undefined {
    const index = this.failures.findIndex((f) => f.pathIncludes === undefined || path.includes(f.pathIncludes));
    if (index < 0) return undefined;
    const failure = this.failures[index]!;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.failures.splice(index, 1);
    return failure;
  }

  nextId(prefix: string): string {
    this.idCounter += 1;
    return `${prefix}${this.idCounter}`;
  }

  recordPause(ms: number): void {
    if (ms > 0) this.pausesMs.push(ms);
  }

  /** Waits `ms` (a non-streaming answer's simulated generation time), recording the pause. */
  pause(ms: number): Promise<void> {
    this.recordPause(ms);
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }

  recordAbortedStream(): void {
    this.abortedStreams += 1;
    for (const waiter of this.waiters) {
      if (this.abortedStreams >= waiter.count) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  waitForAbortedStreams(count: number, timeoutMs: number): Promise<void> {
    if (this.abortedStreams >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: AbortWaiter = {
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`Expected ${count} aborted stream(s) within ${timeoutMs} ms, saw ${this.abortedStreams}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Back to the state right after start: the latency given to `startTestModelServer` stays the baseline. */
  reset(): void {
    this.scripted.length = 0;
    this.failures.length = 0;
    this.requests.length = 0;
    this.pausesMs.length = 0;
    this.abortedStreams = 0;
    this.idCounter = 0;
    this.latency = this.initialLatency();
  }

  private initialLatency(): LatencySettings {
    return { ttftMs: this.options.ttftMs, tokensPerSecond: this.options.tokensPerSecond };
  }
}
