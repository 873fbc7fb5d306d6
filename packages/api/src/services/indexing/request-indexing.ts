import { documentIndexRequested } from '@tessera/jobs';
import { type AppDeps } from '../../deps';

export interface IndexingRequest {
  workspaceId: string;
  datasetId: string;
  documentId: string;
}

/**
 * Queues a document's indexing as a durable job (`jobs/index-document.ts`): the in-process driver
 * or an Inngest server runs it one stage per step, a workspace at a time, and a process that dies
 * mid-way leaves a run the next one resumes. The request that asked for it answers at once.
 */
export async function requestIndexing(deps: AppDeps, request: IndexingRequest): Promise<void> {
  await deps.jobs.send(
    documentIndexRequested.create({ workspace_id: request.workspaceId, dataset_id: request.datasetId, document_id: request.documentId }),
  );
}
