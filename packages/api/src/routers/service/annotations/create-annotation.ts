import { appKeyWithoutUserProcedure } from '../../../auth/app-key';
import { createAnnotation, serviceApiScope } from '../../../services/annotations';
import { createAnnotationMeta, ZCreateAnnotationRequest, ZCreateAnnotationResponse } from './create-annotation.types';

export const createAnnotationProcedure = appKeyWithoutUserProcedure
  .meta(createAnnotationMeta)
  .input(ZCreateAnnotationRequest)
  .output(ZCreateAnnotationResponse)
  .mutation(async ({ ctx, input }) => {
    const annotation = await createAnnotation(ctx.deps, await serviceApiScope(ctx.deps, ctx.app), input);
    ctx.response.setStatus(201);
    return annotation;
  });
