import { z } from 'zod';
import { consoleEditorScope, deleteAnnotation } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { deleteAnnotationMeta, ZDeleteAnnotationRequest } from './delete-annotation.types';

export const deleteAnnotationProcedure = authedProcedure
  .meta(deleteAnnotationMeta)
  .input(ZDeleteAnnotationRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteAnnotation(ctx.deps, await consoleEditorScope(ctx.deps, ctx.actor, input.app_id), input.annotation_id);
    ctx.response.setStatus(204);
  });
