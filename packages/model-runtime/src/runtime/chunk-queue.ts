/**
 * Buffers items produced in the background for one consumer. The producer runs whether or not anyone iterates
 * (so a caller may only await the final result); a consumer that stops early triggers `onConsumerStop`.
 */
export class ChunkQueue<T> {
  private readonly buffered: T[] = [];
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | undefined;
  private finished = false;
  private failure: { error: unknown } | undefined;
  private consumerGone = false;

  constructor(private readonly onConsumerStop: () => void) {}

  push(item: T): void {
    if (this.finished || this.consumerGone) return;
    if (this.waiting) {
      this.waiting.resolve({ value: item, done: false });
      this.waiting = undefined;
    } else {
      this.buffered.push(item);
    }
  }

  end(error?: unknown): void {
    if (this.finished) return;
    this.finished = true;
    if (error !== undefined) this.failure = { error };
    if (!this.waiting) return;
    const waiting = this.waiting;
    this.waiting = undefined;
    if (this.failure) waiting.reject(this.failure.error);
    else waiting.resolve({ value: undefined, done: true });
  }

  iterator(): AsyncIterator<T> {
    return {
      next: () => {
        const item = this.buffered.shift();
        if (item !== undefined) return Promise.resolve({ value: item, done: false });
        if (this.finished) {
          if (!this.failure) return Promise.resolve({ value: undefined, done: true });
          const { error } = this.failure;
          this.failure = undefined;
          return Promise.reject(error);
        }
        return new Promise((resolve, reject) => {
          this.waiting = { resolve, reject };
        });
      },
      return: () => {
        if (!this.finished) this.onConsumerStop();
        this.consumerGone = true;
        this.buffered.length = 0;
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
