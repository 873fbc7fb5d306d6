import { route } from '../../meta';
import { ZJobRunDetail, ZJobRunIdInput } from './job-run.schemas';

export const getJobRunMeta = route({
  method: 'GET',
  path: '/workspaces/current/job-runs/{run_id}',
  tags: ['Background jobs'],
  summary: 'One background job run with its event and finished steps',
});
export const ZGetJobRunRequest = ZJobRunIdInput;
export const ZGetJobRunResponse = ZJobRunDetail;
