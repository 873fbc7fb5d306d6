import { and, eq, inArray } from 'drizzle-orm';
import { datasetDocuments } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { cleanStage, completeStage, type DocumentRef, extractStage, indexBatchStage, markFailed, splitStage } from './indexing-stages';

/**
 * Runs a document's stages in order, as the Inngest function's steps do (`jobs/index-document.ts`).
 * Each stage skips work already done, so running again after a crash or a resume continues where
 * the last run stopped.
 */
export async function runIndexing(deps: AppDeps, ref: DocumentRef): Promise<void> {
  try {
    for (const stage of [extractStage, cleanStage, splitStage]) {
      if ((await stage(deps, ref)) === 'stop') return;
    }
    for (;;) {
      const { result, remaining } = await indexBatchStage(deps, ref);
      if (result === 'stop') return;
      if (remaining === 0) break;
    }
    await completeStage(deps, ref);
  } catch (error) {
    deps.logger.warn('document indexing failed', { documentId: ref.documentId, error: error instanceof Error ? error.message : String(error) });
    await markFailed(deps, ref, error).catch(() => undefined);
  }
}

const running = new Map<string, Promise<void>>();

/**
 * Starts indexing in this process, after the request that asked for it has answered. A document
 * already being indexed here is run again once the current run ends (it may have been updated).
 */
export function startIndexing(deps: AppDeps, refs: DocumentRef[]): void {
  for (const ref of refs) {
    const previous = running.get(ref.documentId) ?? Promise.resolve();
    const next = previous.then(() => runIndexing(deps, ref));
    running.set(ref.documentId, next);
    void next.finally(() => {
      if (running.get(ref.documentId) === next) running.delete(ref.documentId);
    });
  }
}

/** Resolves when every run this process started has ended (tests and shutdown). */
export async function indexingSettled(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running.values()]);
}

const UNFINISHED = ['waiting', 'parsing', 'cleaning', 'splitting', 'indexing'] as const;

/**
 * At start-up on the embedded engine this process is the only one, so any document still on its
 * way was cut off by the last stop: its run starts again and finishes it.
 */
export async function resumeInterruptedIndexing(deps: AppDeps): Promise<number> {
  const rows = await deps.db
    .select({ workspaceId: datasetDocuments.workspaceId, documentId: datasetDocuments.id })
    .from(datasetDocuments)
    .where(and(inArray(datasetDocuments.indexingStatus, [...UNFINISHED]), eq(datasetDocuments.isPaused, false)));
  startIndexing(deps, rows);
  return rows.length;
}
