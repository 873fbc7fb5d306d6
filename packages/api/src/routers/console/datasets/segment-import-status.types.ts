import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';

export const segmentImportStatusMeta = route({
  method: 'GET',
  path: '/datasets/batch_import_status/{job_id}',
  tags: ['Knowledge segments'],
  summary: 'The state of a segments CSV import',
});

export const ZSegmentImportStatusRequest = z.object({ job_id: zId });

export const ZSegmentImportStatusResponse = z.object({ job_id: z.string(), job_status: z.enum(['waiting', 'processing', 'completed', 'error']) });
