import { getJobRun } from '../../../services/job-runs/job-runs';
import { authedProcedure } from '../../../trpc';
import { getJobRunMeta, ZGetJobRunRequest, ZGetJobRunResponse } from './get-job-run.types';

export const getJobRunProcedure = authedProcedure
  .meta(getJobRunMeta)
  .input(ZGetJobRunRequest)
  .output(ZGetJobRunResponse)
  .query(({ ctx, input }) => getJobRun(ctx.deps, ctx.actor, input.run_id));
