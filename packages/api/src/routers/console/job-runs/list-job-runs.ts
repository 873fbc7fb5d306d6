import { listJobRuns } from '../../../services/job-runs/job-runs';
import { authedProcedure } from '../../../trpc';
import { listJobRunsMeta, ZListJobRunsRequest, ZListJobRunsResponse } from './list-job-runs.types';

export const listJobRunsProcedure = authedProcedure
  .meta(listJobRunsMeta)
  .input(ZListJobRunsRequest)
  .output(ZListJobRunsResponse)
  .query(({ ctx, input }) => listJobRuns(ctx.deps, ctx.actor, input));
