import { and, asc, eq, gt, lt } from 'drizzle-orm';
import { type Database, type PubSub, streamEvents, type StreamTaskStatus, streamTasks } from '@tessera/db';
import { type Logger } from '../logger';
import { markTasksFinished, type TaskFinish } from '../data/stream-task-finishes';
import { WriteBatcher } from '../data/write-batches';
import { announceLastSeqs, EventWriter, STREAM_EVENTS_CHANNEL } from './event-writer';
import { LocalTask, type StreamedEvent, type TaskAccess } from './local-task';

/**
 * Stop requests for tasks another instance runs: `{ taskId, access }` as JSON. The running instance
 * checks the access against the task in its memory, so a stop works before the task's row commits.
 */
export const STREAM_STOP_CHANNEL = 'tessera_stream_stop';

interface StopRequest {
  taskId: string;
  access: TaskAccess;
}

export interface StreamHubOptions {
  db: Database;
  pubsub: PubSub;
  logger: Logger;
  now(): Date;
  /** How long events gather before one INSERT writes them. */
  flushIntervalMs?: number;
  /** How long a finished task's events stay readable. Dify users get at least ten minutes. */
  retentionSeconds?: number;
  /** A task still "running" after this long has lost its process; the sweeper ends it. */
  maxExecutionSeconds?: number;
}

/** A task this process runs: emit events, watch for a stop, finish once. */
export interface RunningTask {
  readonly id: string;
  /** Aborted by a stop request, from this instance or another. */
  readonly signal: AbortSignal;
  /** Appends an event (Dify's JSON object) and answers its sequence number. */
  emit(data: Record<string, unknown>): number;
  finish(status: Exclude<StreamTaskStatus, 'running'>): Promise<void>;
}

const PAGE = 500;
const REMOTE_POLL_MS = 1_000;

/**
 * The one event log for every streamed answer. A task's events are numbered from 1, kept in memory
 * while it runs here and written to Postgres in batches; a reader gets the events after the last
 * one it saw, then the live ones, from memory when the task is local and from Postgres (woken by
 * NOTIFY) when another instance runs it. Stop requests reach the running instance the same way.
 */
export class StreamHub {
  private readonly tasks = new Map<string, LocalTask>();
  private readonly writer: EventWriter;
  /** Tasks finishing together are marked finished by one statement. */
  private readonly finishes: WriteBatcher<TaskFinish>;
  /** Tasks other instances run that readers here follow: bumped on each NOTIFY about them. */
  private readonly watched = new Map<string, RemoteWatch>();
  private subscriptions: Promise<Array<() => Promise<void>>> | undefined;
  private readonly retentionMs: number;
  private readonly maxExecutionMs: number;
  private readonly staleHandlers: Array<(taskIds: string[]) => Promise<void>> = [];
  /** Local tasks not yet finishing: while any runs, a finishing task's events join the next batch. */
  private running = 0;

  constructor(private readonly options: StreamHubOptions) {
    this.writer = new EventWriter(options.db, options.pubsub, options.logger, options.flushIntervalMs ?? 50);
    this.finishes = new WriteBatcher((finishes) => this.writeFinishes(finishes));
    this.retentionMs = (options.retentionSeconds ?? 900) * 1000;
    this.maxExecutionMs = (options.maxExecutionSeconds ?? 1200) * 1000;
  }

  /** Starts listening for other instances' events and stop requests (once). */
  listen(): Promise<unknown> {
    this.subscriptions ??= Promise.all([
      this.options.pubsub.listen(STREAM_EVENTS_CHANNEL, (payload) => this.onRemoteEvents(payload)),
      this.options.pubsub.listen(STREAM_STOP_CHANNEL, (payload) => this.onRemoteStop(payload)),
    ]);
    return this.subscriptions;
  }

  /**
   * Runs `taskId` in this process. `committed` settles when its `stream_tasks` row is written (at
   * once when omitted): until then its events are stored nowhere but memory, and finishing waits.
   * Readers here get them at once: the client's own stream needs nothing from the database, and
   * another instance asked about the task before the row commits checks its access (stop) or waits
   * for the row (resume). If the row is never written, the task is aborted and nothing of it is stored.
   */
  start(taskId: string, committed: Promise<unknown> = Promise.resolve(), access?: TaskAccess): RunningTask {
    const local = new LocalTask(taskId, access);
    this.tasks.set(taskId, local);
    this.running += 1;
    void this.listen();
    // Events emitted before the row exists wait here; a task whose row never comes stores none.
    let held: StreamedEvent[] | null = [];
    local.opened = committed.then(
      () => {
        for (const event of held!) this.writer.add(taskId, event.seq, event.json);
        held = null;
        return true;
      },
      (error: unknown) => {
        local.abort.abort(error);
        return false;
      },
    );
    return {
      id: taskId,
      signal: local.abort.signal,
      emit: (data) => {
        const event = local.push(JSON.stringify(data));
        if (held) held.push(event);
        else this.writer.add(taskId, event.seq, event.json);
        return event.seq;
      },
      finish: (status) => this.finish(local, status),
    };
  }

  isLocal(taskId: string): boolean {
    return this.tasks.has(taskId);
  }

  /** Whether `access` may read or stop `taskId`, when it runs here; undefined when it does not. */
  localAccess(taskId: string, access: TaskAccess): boolean | undefined {
    return this.tasks.get(taskId)?.allows(access);
  }

  /** Events after `afterSeq` in order, then the live ones, until the task ends or `signal` aborts. */
  async *read(taskId: string, afterSeq: number, signal?: AbortSignal): AsyncGenerator<StreamedEvent> {
    let seq = afterSeq;
    const local = this.tasks.get(taskId);
    if (local) {
      while (!signal?.aborted) {
        while (seq < local.lastSeq) yield local.events[seq++]!;
        if (local.finished) return;
        await local.changed(signal);
      }
      return;
    }
    await this.listen();
    const watch = this.watch(taskId);
    try {
      while (!signal?.aborted) {
        const version = watch.version;
        const rows = await this.options.db
        .select({ seq: streamEvents.seq, json: streamEvents.data })
        .from(streamEvents)
        .where(and(eq(streamEvents.taskId, taskId), gt(streamEvents.seq, seq)))
        .orderBy(asc(streamEvents.seq))
        .limit(PAGE);
        for (const row of rows) {
          seq = row.seq;
          yield row;
        }
        if (rows.length === PAGE) continue;
        const [task] = await this.options.db
          .select({ status: streamTasks.status, lastSeq: streamTasks.lastSeq })
          .from(streamTasks)
          .where(eq(streamTasks.id, taskId));
        if (!task || (task.status !== 'running' && seq >= task.lastSeq)) return;
        // A NOTIFY that came while we queried has bumped the version: look again at once.
        if (task.status === 'running' && watch.version === version) await watch.changed(signal);
      }
    } finally {
      this.unwatch(taskId, watch);
    }
  }

  /**
   * Stops a task wherever it runs, if `access` may; anything else (not running, someone else's,
   * unknown) is left alone. Another instance is told at once and checks the access itself, since
   * the task's row may not be committed yet; the request is also recorded on the row when it is.
   */
  async requestStop(taskId: string, access: TaskAccess): Promise<void> {
    const local = this.tasks.get(taskId);
    if (local) {
      if (local.allows(access)) local.abort.abort(new Error('stopped'));
      return;
    }
    const request: StopRequest = { taskId, access };
    await Promise.all([
      this.options.pubsub.notify(STREAM_STOP_CHANNEL, JSON.stringify(request)),
      this.options.db
        .update(streamTasks)
        .set({ stopRequestedAt: this.options.now() })
        .where(
          and(
            eq(streamTasks.id, taskId),
            eq(streamTasks.workspaceId, access.workspaceId),
            eq(streamTasks.appId, access.appId),
            eq(streamTasks.owner, access.owner),
            eq(streamTasks.status, 'running'),
          ),
        ),
    ]);
  }

  /** Called with the ids of tasks the sweeper found abandoned (their process died mid-run). */
  onStale(handler: (taskIds: string[]) => Promise<void>): void {
    this.staleHandlers.push(handler);
  }

  /** Ends abandoned tasks and removes expired ones with their events. */
  async sweep(): Promise<void> {
    const now = this.options.now();
    const stale = await this.options.db
      .update(streamTasks)
      .set({ status: 'failed', finishedAt: now, expiresAt: new Date(now.getTime() + this.retentionMs) })
      .where(and(eq(streamTasks.status, 'running'), lt(streamTasks.createdAt, new Date(now.getTime() - this.maxExecutionMs))))
      .returning({ id: streamTasks.id });
    const staleIds = stale.map((row) => row.id).filter((id) => !this.tasks.has(id));
    if (staleIds.length > 0) for (const handler of this.staleHandlers) await handler(staleIds);
    await this.options.db.delete(streamTasks).where(lt(streamTasks.expiresAt, now));
  }

  /**
   * The embedded engine serves one process, so at start every task still marked running was cut
   * off by a restart: end them now instead of after the execution limit.
   */
  async endInterrupted(): Promise<void> {
    const now = this.options.now();
    const rows = await this.options.db
      .update(streamTasks)
      .set({ status: 'failed', finishedAt: now, expiresAt: new Date(now.getTime() + this.retentionMs) })
      .where(eq(streamTasks.status, 'running'))
      .returning({ id: streamTasks.id });
    if (rows.length > 0) for (const handler of this.staleHandlers) await handler(rows.map((row) => row.id));
  }

  async close(): Promise<void> {
    await this.writer.flush();
    await this.finishes.settled();
    const unsubscribe = await this.subscriptions;
    await Promise.all((unsubscribe ?? []).map((stop) => stop().catch(() => undefined)));
  }

  private async finish(local: LocalTask, status: Exclude<StreamTaskStatus, 'running'>): Promise<void> {
    if (local.finished) return;
    local.finish(status);
    // Alone, a task writes its last events at once; among others running here, it joins their
    // next batch, so fifty answers ending together cost a few INSERTs rather than fifty.
    this.running -= 1;
    try {
      if (!(await local.opened)) return;
      if (this.running > 0) await this.writer.settled();
      else await this.writer.flush();
      const now = this.options.now();
      await this.finishes.write({ id: local.id, status, lastSeq: local.lastSeq, finishedAt: now, expiresAt: new Date(now.getTime() + this.retentionMs) });
    } finally {
      this.tasks.delete(local.id);
    }
  }

  /** One UPDATE and one NOTIFY for every task finishing together. */
  private async writeFinishes(finishes: TaskFinish[]): Promise<void> {
    await markTasksFinished(this.options.db, finishes);
    // The rows are written: a reader elsewhere that misses this NOTIFY sees them at its next poll.
    await announceLastSeqs(
      this.options.pubsub,
      finishes.map((finish) => [finish.id, finish.lastSeq]),
    ).catch(() => undefined);
  }

  private onRemoteStop(payload: string): void {
    let request: StopRequest;
    try {
      request = JSON.parse(payload) as StopRequest;
    } catch {
      return;
    }
    const local = this.tasks.get(request.taskId);
    if (local && request.access && local.allows(request.access)) local.abort.abort(new Error('stopped'));
  }

  private onRemoteEvents(payload: string): void {
    for (const entry of payload.split(',')) this.watched.get(entry.slice(0, entry.indexOf(':')))?.bump();
  }

  private watch(taskId: string): RemoteWatch {
    const watch = this.watched.get(taskId) ?? new RemoteWatch();
    watch.readers += 1;
    this.watched.set(taskId, watch);
    return watch;
  }

  private unwatch(taskId: string, watch: RemoteWatch): void {
    watch.readers -= 1;
    if (watch.readers === 0) this.watched.delete(taskId);
  }
}

/** What readers of one remote task wait on: a NOTIFY about it, or the poll interval as a fallback. */
class RemoteWatch {
  version = 0;
  readers = 0;
  private readonly waiters = new Set<() => void>();

  bump(): void {
    this.version += 1;
    for (const wake of [...this.waiters]) wake();
  }

  changed(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, REMOTE_POLL_MS);
      this.waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}
