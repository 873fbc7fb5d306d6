import { appKeyWithoutUserProcedure } from '../../../auth/app-key';
import { listAnnotations, serviceApiScope } from '../../../services/annotations';
import { listAnnotationsMeta, ZListAnnotationsRequest, ZListAnnotationsResponse } from './list-annotations.types';

export const listAnnotationsProcedure = appKeyWithoutUserProcedure
  .meta(listAnnotationsMeta)
  .input(ZListAnnotationsRequest)
  .output(ZListAnnotationsResponse)
  .query(async ({ ctx, input }) => listAnnotations(ctx.deps, await serviceApiScope(ctx.deps, ctx.app), input));
