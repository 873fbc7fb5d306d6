import { documentIndexRequested, type Inngest, PER_WORKSPACE } from '@tessera/jobs';
import { type AppDeps } from '../deps';
import { cleanStage, completeStage, type DocumentRef, extractStage, indexBatchStage, markFailed, splitStage } from '../services/indexing/indexing-stages';

export const INDEX_DOCUMENT_EVENT = documentIndexRequested.name;

export interface IndexDocumentEventData {
  workspace_id: string;
  dataset_id: string;
  document_id: string;
}

/** A document is indexed at most this many batches per run; each batch is its own memoized step. */
const MAX_BATCHES = 10_000;

/**
 * Indexes a document as one step per stage (extract, clean, split, each batch, complete). A
 * replayed step finds its work done or rewrites the same rows, so a run resumed after a crash adds
 * no duplicate segment; a paused document makes the next step end the run. Workspaces index one
 * document at a time each, so one tenant's large upload does not hold up the others.
 */
export function createIndexDocumentFunction(inngest: Inngest, deps: AppDeps) {
  return inngest.createFunction(
    {
      id: 'index-document',
      triggers: [documentIndexRequested],
      concurrency: { key: PER_WORKSPACE, limit: 1 },
      retries: 3,
    },
    async ({ event, step }) => {
      const data = event.data as IndexDocumentEventData;
      const ref: DocumentRef = { workspaceId: data.workspace_id, documentId: data.document_id };
      try {
        for (const [name, stage] of [
          ['extract', extractStage],
          ['clean', cleanStage],
          ['split', splitStage],
        ] as const) {
          if ((await step.run(name, () => stage(deps, ref))) === 'stop') return { status: 'stopped' };
        }
        for (let batch = 0; batch < MAX_BATCHES; batch++) {
          const { result, remaining } = await step.run(`index-batch-${batch}`, () => indexBatchStage(deps, ref));
          if (result === 'stop') return { status: 'stopped' };
          if (remaining === 0) break;
        }
        await step.run('complete', () => completeStage(deps, ref));
        return { status: 'completed' };
      } catch (error) {
        await step.run('record-error', () => markFailed(deps, ref, error));
        throw error;
      }
    },
  );
}
