import { segmentImportStatus } from '../../../services/segments/batch-import';
import { authedProcedure } from '../../../trpc';
import { segmentImportStatusMeta, ZSegmentImportStatusRequest, ZSegmentImportStatusResponse } from './segment-import-status.types';

export const segmentImportStatusProcedure = authedProcedure
  .meta(segmentImportStatusMeta)
  .input(ZSegmentImportStatusRequest)
  .output(ZSegmentImportStatusResponse)
  .query(({ ctx, input }) => segmentImportStatus(ctx.deps, ctx.actor, input.job_id));
