import { appKeyWithoutUserProcedure } from '../../../auth/app-key';
import { jobStatus } from '../../../services/annotations';
import { annotationReplyStatusMeta, ZAnnotationReplyStatusRequest, ZAnnotationReplyStatusResponse } from './annotation-reply-status.types';

export const annotationReplyStatusProcedure = appKeyWithoutUserProcedure
  .meta(annotationReplyStatusMeta)
  .input(ZAnnotationReplyStatusRequest)
  .output(ZAnnotationReplyStatusResponse)
  .query(({ ctx, input }) => jobStatus(ctx.deps, ctx.app, input.action, input.job_id));
