import { consoleEditorScope, listAnnotations } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { listAnnotationsMeta, ZListAnnotationsRequest, ZListAnnotationsResponse } from './list-annotations.types';

export const listAnnotationsProcedure = authedProcedure
  .meta(listAnnotationsMeta)
  .input(ZListAnnotationsRequest)
  .output(ZListAnnotationsResponse)
  .query(async ({ ctx, input }) => listAnnotations(ctx.deps, await consoleEditorScope(ctx.deps, ctx.actor, input.app_id), input));
