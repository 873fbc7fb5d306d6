import { type StreamTaskStatus } from '@tessera/db';

/** Who may read or stop a task: checked in memory while it runs here, in `stream_tasks` after. */
export interface TaskAccess {
  workspaceId: string;
  appId: string;
  owner: string;
}

export interface StreamedEvent {
  seq: number;
  /** The event's JSON text, as sent and as stored. */
  json: string;
}

/**
 * A task this process runs: its events in memory (so local readers never wait on the database),
 * the abort signal a stop request trips, and the readers to wake when something happens.
 */
export class LocalTask {
  readonly events: StreamedEvent[] = [];
  readonly abort = new AbortController();
  status: StreamTaskStatus = 'running';
  /** Whether the task's row was written: readers and the final write wait for it. */
  opened: Promise<boolean> = Promise.resolve(true);
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly id: string,
    readonly access?: TaskAccess,
  ) {}

  allows(access: TaskAccess): boolean {
    const own = this.access;
    return own !== undefined && own.workspaceId === access.workspaceId && own.appId === access.appId && own.owner === access.owner;
  }

  get lastSeq(): number {
    return this.events.length;
  }

  get finished(): boolean {
    return this.status !== 'running';
  }

  push(json: string): StreamedEvent {
    const event = { seq: this.events.length + 1, json };
    this.events.push(event);
    this.wake();
    return event;
  }

  finish(status: StreamTaskStatus): void {
    this.status = status;
    this.wake();
  }

  /** Resolves at the next event or at the end (or at once if `signal` is already aborted). */
  changed(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      this.waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
