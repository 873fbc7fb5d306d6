import { consoleEditorScope, jobStatus } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { batchImportStatusMeta, ZBatchImportStatusRequest, ZBatchImportStatusResponse } from './batch-import-status.types';

export const batchImportStatusProcedure = authedProcedure
  .meta(batchImportStatusMeta)
  .input(ZBatchImportStatusRequest)
  .output(ZBatchImportStatusResponse)
  .query(async ({ ctx, input }) => jobStatus(ctx.deps, await consoleEditorScope(ctx.deps, ctx.actor, input.app_id), 'import', input.job_id));
