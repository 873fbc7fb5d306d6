import { z } from 'zod';
import { appKeyWithoutUserProcedure } from '../../../auth/app-key';
import { deleteAnnotation, serviceApiScope } from '../../../services/annotations';
import { deleteAnnotationMeta, ZDeleteAnnotationRequest } from './delete-annotation.types';

export const deleteAnnotationProcedure = appKeyWithoutUserProcedure
  .meta(deleteAnnotationMeta)
  .input(ZDeleteAnnotationRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteAnnotation(ctx.deps, await serviceApiScope(ctx.deps, ctx.app), input.annotation_id);
    ctx.response.setStatus(204);
  });
