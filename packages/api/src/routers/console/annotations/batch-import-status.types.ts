import { zId } from '../../../validation';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';
import { ZJobStatus } from '../../annotation.schemas';

export const batchImportStatusMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/annotations/batch-import-status/{job_id}',
  tags: ['Annotations'],
  summary: 'How a CSV import goes: waiting, processing, completed, or error with its reason',
});
export const ZBatchImportStatusRequest = ZAppIdInput.extend({ job_id: zId });
export const ZBatchImportStatusResponse = ZJobStatus;
