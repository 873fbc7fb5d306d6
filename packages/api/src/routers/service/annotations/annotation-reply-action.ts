import { appKeyWithoutUserProcedure } from '../../../auth/app-key';
import { serviceApiScope, startReplyAction } from '../../../services/annotations';
import { annotationReplyActionMeta, ZAnnotationReplyActionRequest, ZAnnotationReplyActionResponse } from './annotation-reply-action.types';

export const annotationReplyActionProcedure = appKeyWithoutUserProcedure
  .meta(annotationReplyActionMeta)
  .input(ZAnnotationReplyActionRequest)
  .output(ZAnnotationReplyActionResponse)
  .mutation(async ({ ctx, input: { action, ...settings } }) =>
    startReplyAction(ctx.deps, await serviceApiScope(ctx.deps, ctx.app), action, settings),
  );
