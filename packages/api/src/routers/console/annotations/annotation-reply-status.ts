import { consoleEditorScope, jobStatus } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { annotationReplyStatusMeta, ZAnnotationReplyStatusRequest, ZAnnotationReplyStatusResponse } from './annotation-reply-status.types';

export const annotationReplyStatusProcedure = authedProcedure
  .meta(annotationReplyStatusMeta)
  .input(ZAnnotationReplyStatusRequest)
  .output(ZAnnotationReplyStatusResponse)
  .query(async ({ ctx, input }) =>
    jobStatus(ctx.deps, await consoleEditorScope(ctx.deps, ctx.actor, input.app_id), input.action, input.job_id),
  );
