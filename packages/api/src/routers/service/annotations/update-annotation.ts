import { appKeyWithoutUserProcedure } from '../../../auth/app-key';
import { serviceApiScope, updateAnnotation } from '../../../services/annotations';
import { updateAnnotationMeta, ZUpdateAnnotationRequest, ZUpdateAnnotationResponse } from './update-annotation.types';

export const updateAnnotationProcedure = appKeyWithoutUserProcedure
  .meta(updateAnnotationMeta)
  .input(ZUpdateAnnotationRequest)
  .output(ZUpdateAnnotationResponse)
  .mutation(async ({ ctx, input: { annotation_id, ...text } }) =>
    updateAnnotation(ctx.deps, await serviceApiScope(ctx.deps, ctx.app), annotation_id, text),
  );
