import { type Inngest, NonRetriableError, PER_WORKSPACE, segmentsImportRequested } from '@tessera/jobs';
import { type AppDeps } from '../deps';
import { runSegmentImport } from '../services/segments/batch-import';

/**
 * Adds the segments of an uploaded CSV to a document (the console's batch import). One step: a
 * file that cannot be read, a row without content or the document gone fail it for good, and the
 * import's status row (which the console polls) reads `error`.
 */
export function createImportSegmentsFunction(inngest: Inngest, deps: AppDeps) {
  return inngest.createFunction(
    { id: 'import-segments', triggers: [segmentsImportRequested], concurrency: { key: PER_WORKSPACE, limit: 1 }, retries: 0 },
    async ({ event, step }) => {
      const data = event.data;
      return step.run('import', async () => {
        try {
          return await runSegmentImport(deps, {
            jobId: data.job_id,
            workspaceId: data.workspace_id,
            datasetId: data.dataset_id,
            documentId: data.document_id,
            uploadFileId: data.upload_file_id,
            accountId: data.account_id,
          });
        } catch (error) {
          throw new NonRetriableError(error instanceof Error ? error.message : String(error), { cause: error });
        }
      });
    },
  );
}
