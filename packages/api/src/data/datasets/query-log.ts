import { type Database } from '@tessera/db';
import { retrievalStore, type RetrievalQueryRecord } from './retrieval-store';
import { type Logger } from '../../logger';
import { batcherFor } from '../write-batches';

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
const QUERY_LOG = Symbol('retrieval query log');

/**
 * One statement per workspace. A workspace whose write fails is logged and skipped rather than
 * thrown, so the batcher never retries (and double-counts) the workspaces already written.
 */
async function writeQueries(db: Database, logger: Logger, batch: Pending[]): Promise<void> {
  const byWorkspace = new Map<string, Pending[]>();
  for (const entry of batch) byWorkspace.set(entry.workspaceId, [...(byWorkspace.get(entry.workspaceId) ?? []), entry]);
  for (const [workspaceId, entries] of byWorkspace) {
    try {
      await retrievalStore(db, workspaceId).recordQueries(
        entries.map((e) => e.record),
        entries.flatMap((e) => e.segmentIds),
      );
    } catch (error) {
      logger.error('retrieval history not recorded', { workspaceId, searches: entries.length, error: error instanceof Error ? error.message : String(error) });
    }
  }
}

// One log per database handle, which lives as long as the app (each request gets its own deps object).
function logFor(deps: { db: Database; logger: Logger }) {
  return batcherFor<Pending>(deps.db, QUERY_LOG, (batch) => writeQueries(deps.db, deps.logger, batch), { delayMs: FLUSH_DELAY_MS, flushAt: FLUSH_AT });
}

/** Queues a search's history row and its segments' hits, written after the answer is sent. */
export function logQuery(deps: { db: Database; logger: Logger }, workspaceId: string, record: RetrievalQueryRecord, segmentIds: string[]): void {
  // writeQueries logs its own failures; this only keeps an unexpected one from going unhandled.
  logFor(deps).write({ workspaceId, record, segmentIds }).catch(() => undefined);
}

/** Resolves once every search queued so far in this process is written (or its failure logged). */
export function settledQueryLog(deps: { db: Database; logger: Logger }): Promise<void> {
  return logFor(deps).settled();
}
