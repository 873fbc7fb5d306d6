import { documentIndexRequested, type Inngest, NonRetriableError, PER_WORKSPACE } from '@tessera/jobs';
import { ModelRuntimeError } from '@tessera/model-runtime';
import { type AppDeps } from '../deps';
import {
  cleanStage,
  completeStage,
  type DocumentRef,
  extractStage,
  indexBatchStage,
  markFailed,
  qaBatchStage,
  qaFinishStage,
  splitStage,
} from '../services/indexing/indexing-stages';

export const INDEX_DOCUMENT_EVENT = documentIndexRequested.name;

export interface IndexDocumentEventData {
  workspace_id: string;
  dataset_id: string;
  document_id: string;
}

/** A document is indexed at most this many batches per run; each batch is its own memoized step. */
const MAX_BATCHES = 10_000;

type Step = Parameters<Parameters<Inngest['createFunction']>[1]>[0]['step'];

/** The model runtime already retried what can pass on retry; a model error left over would fail again. */
function finalModelError(error: unknown): never {
  if (error instanceof ModelRuntimeError) throw new NonRetriableError(error.message, { cause: error });
  throw error;
}

/** Q&A documents: one step per batch of chunks the model answers, then one that hands over to indexing. */
async function generateQa(step: Step, deps: AppDeps, ref: DocumentRef): Promise<'continue' | 'stop'> {
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { result, remaining } = await step.run(`qa-batch-${batch}`, () => qaBatchStage(deps, ref, batch).catch(finalModelError));
    if (result === 'stop') return 'stop';
    if (remaining === 0) break;
  }
  return (await step.run('qa-finish', () => qaFinishStage(deps, ref))) === 'stop' ? 'stop' : 'continue';
}

/**
 * Indexes a document as one step per stage (extract, clean, split, for Q&A each batch of generated pairs, each index batch, complete). A
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
          const result = await step.run(name, () => stage(deps, ref));
          if (result === 'stop') return { status: 'stopped' };
          if (result === 'generate' && (await generateQa(step, deps, ref)) === 'stop') return { status: 'stopped' };
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
