import { router } from '../../../trpc';
import { cancelJobRunProcedure } from './cancel-job-run';
import { getJobRunProcedure } from './get-job-run';
import { listJobRunsProcedure } from './list-job-runs';

export const jobRunsRouter = router({
  list: listJobRunsProcedure,
  get: getJobRunProcedure,
  cancel: cancelJobRunProcedure,
});
