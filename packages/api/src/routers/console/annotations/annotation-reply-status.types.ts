import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';
import { ZJobStatus } from '../../annotation.schemas';

export const annotationReplyStatusMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/annotation-reply/{action}/status/{job_id}',
  tags: ['Annotations'],
  summary: 'How an enable or disable job goes; a job of another action "does not exist"',
});
export const ZAnnotationReplyStatusRequest = ZAppIdInput.extend({ action: z.string(), job_id: zId });
export const ZAnnotationReplyStatusResponse = ZJobStatus;
