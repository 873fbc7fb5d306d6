import { consoleEditorScope, startReplyAction } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { annotationReplyActionMeta, ZAnnotationReplyActionRequest, ZAnnotationReplyActionResponse } from './annotation-reply-action.types';

export const annotationReplyActionProcedure = authedProcedure
  .meta(annotationReplyActionMeta)
  .input(ZAnnotationReplyActionRequest)
  .output(ZAnnotationReplyActionResponse)
  .mutation(async ({ ctx, input: { app_id, action, ...settings } }) =>
    startReplyAction(ctx.deps, await consoleEditorScope(ctx.deps, ctx.actor, app_id), action, settings),
  );
