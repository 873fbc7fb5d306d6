import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';
import { ZJobStatus } from '../../annotation.schemas';

export const annotationReplyStatusMeta = route({
  method: 'GET',
  path: '/apps/annotation-reply/{action}/status/{job_id}',
  tags: ['Annotations'],
  summary: 'How an enable or disable job goes; an unknown job is 400 "The job does not exist."',
});
export const ZAnnotationReplyStatusRequest = z.object({ action: z.string(), job_id: zId });
export const ZAnnotationReplyStatusResponse = ZJobStatus;
