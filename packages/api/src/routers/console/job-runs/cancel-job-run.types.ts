import { route } from '../../meta';
import { ZJobRunDetail, ZJobRunIdInput } from './job-run.schemas';

export const cancelJobRunMeta = route({
  method: 'POST',
  path: '/workspaces/current/job-runs/{run_id}/cancel',
  tags: ['Background jobs'],
  summary: 'Cancel an unfinished run before its next step (owners and admins)',
});
export const ZCancelJobRunRequest = ZJobRunIdInput;
export const ZCancelJobRunResponse = ZJobRunDetail;
