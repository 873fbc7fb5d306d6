import { consoleEditorScope, exportAnnotations } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { exportAnnotationsMeta, ZExportAnnotationsRequest, ZExportAnnotationsResponse } from './export-annotations.types';

export const exportAnnotationsProcedure = authedProcedure
  .meta(exportAnnotationsMeta)
  .input(ZExportAnnotationsRequest)
  .output(ZExportAnnotationsResponse)
  .query(async ({ ctx, input }) => exportAnnotations(ctx.deps, await consoleEditorScope(ctx.deps, ctx.actor, input.app_id)));
