import { cancelJobRun } from '../../../services/job-runs/job-runs';
import { authedProcedure } from '../../../trpc';
import { cancelJobRunMeta, ZCancelJobRunRequest, ZCancelJobRunResponse } from './cancel-job-run.types';

export const cancelJobRunProcedure = authedProcedure
  .meta(cancelJobRunMeta)
  .input(ZCancelJobRunRequest)
  .output(ZCancelJobRunResponse)
  .mutation(({ ctx, input }) => cancelJobRun(ctx.deps, ctx.actor, input.run_id));
