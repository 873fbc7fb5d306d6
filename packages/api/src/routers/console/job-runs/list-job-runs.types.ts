import { z } from 'zod';
import { route } from '../../meta';
import { JOB_RUN_STATUSES, ZJobRun } from './job-run.schemas';

export const listJobRunsMeta = route({
  method: 'GET',
  path: '/workspaces/current/job-runs',
  tags: ['Background jobs'],
  summary: "The workspace's background job runs (document indexing, workflow runs), newest first",
});

export const ZListJobRunsRequest = z.object({
  page: z.number().int().min(1).max(99999).default(1),
  limit: z.number().int().min(1).max(100).default(20),
  status: z.enum(JOB_RUN_STATUSES).optional(),
  function_id: z.string().max(255).optional(),
});

export const ZListJobRunsResponse = z.object({
  page: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
  has_more: z.boolean(),
  data: z.array(ZJobRun),
});
