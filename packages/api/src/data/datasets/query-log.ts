import { type Database } from '@tessera/db';
import { retrievalStore, type RetrievalQueryRecord } from './retrieval-store';
import { type Logger } from '../../logger';

interface Pending {
  workspaceId: string;
  record: RetrievalQueryRecord;
  segmentIds: string[];
}

/**
 * Searches gathered into one write at most this long after the first of them, or sooner when this
 * many are waiting: on the embedded engine every statement queues behind the others, so a write
 * per search would still be paid by the next search.
 */
const FLUSH_DELAY_MS = 200;
const FLUSH_AT = 100;

/**
 * Hit testing's history row and the found segments' hit counts are bookkeeping the caller does not
 * wait for: they are written after the answer goes out, the searches of the last moment together
 * (one statement per workspace). The price is that a process killed in that moment loses those
 * rows and counts; the searches' answers never depended on them. Reads of the history and of hit
 * counts in this process write what is pending first (`settledQueryLog`), so a client sees its own
 * searches.
 */
class QueryLog {
  private queue: Pending[] = [];
  private draining: Promise<void> | null = null;
  /** Ends the wait for more searches and writes at once. */
  private wake: (() => void) | null = null;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
  ) {}

  add(entry: Pending): void {
    this.queue.push(entry);
    this.draining ??= this.drain();
    if (this.queue.length >= FLUSH_AT) this.wake?.();
  }

  settled(): Promise<void> {
    this.wake?.();
    return this.draining ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FLUSH_DELAY_MS);
      timer.unref();
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wake = null;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      const byWorkspace = new Map<string, Pending[]>();
      for (const entry of batch) byWorkspace.set(entry.workspaceId, [...(byWorkspace.get(entry.workspaceId) ?? []), entry]);
      for (const [workspaceId, entries] of byWorkspace) {
        try {
          await retrievalStore(this.db, workspaceId).recordQueries(
            entries.map((e) => e.record),
            entries.flatMap((e) => e.segmentIds),
          );
        } catch (error) {
          this.logger.error('retrieval history not recorded', { workspaceId, searches: entries.length, error: error instanceof Error ? error.message : String(error) });
        }
      }
    }
    this.draining = null;
  }
}

// One log per database handle, which lives as long as the app (each request gets its own deps object).
const logs = new WeakMap<Database, QueryLog>();

function logFor(deps: { db: Database; logger: Logger }): QueryLog {
  let log = logs.get(deps.db);
  if (!log) logs.set(deps.db, (log = new QueryLog(deps.db, deps.logger)));
  return log;
}

/** Queues a search's history row and its segments' hits, written after the answer is sent. */
export function logQuery(deps: { db: Database; logger: Logger }, workspaceId: string, record: RetrievalQueryRecord, segmentIds: string[]): void {
  logFor(deps).add({ workspaceId, record, segmentIds });
}

/** Resolves once every search queued so far in this process is written (or its failure logged). */
export function settledQueryLog(deps: { db: Database }): Promise<void> {
  return logs.get(deps.db)?.settled() ?? Promise.resolve();
}
