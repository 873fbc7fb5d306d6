import { countAnnotations } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { countAnnotationsMeta, ZCountAnnotationsRequest, ZCountAnnotationsResponse } from './count-annotations.types';

export const countAnnotationsProcedure = authedProcedure
  .meta(countAnnotationsMeta)
  .input(ZCountAnnotationsRequest)
  .output(ZCountAnnotationsResponse)
  .query(({ ctx, input }) => countAnnotations(ctx.deps, ctx.actor, input.app_id));
