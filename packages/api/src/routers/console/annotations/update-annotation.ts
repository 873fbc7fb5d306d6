import { consoleEditorScope, updateAnnotation } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { updateAnnotationMeta, ZUpdateAnnotationRequest, ZUpdateAnnotationResponse } from './update-annotation.types';

export const updateAnnotationProcedure = authedProcedure
  .meta(updateAnnotationMeta)
  .input(ZUpdateAnnotationRequest)
  .output(ZUpdateAnnotationResponse)
  .mutation(async ({ ctx, input: { app_id, annotation_id, ...text } }) =>
    updateAnnotation(ctx.deps, await consoleEditorScope(ctx.deps, ctx.actor, app_id), annotation_id, text),
  );
