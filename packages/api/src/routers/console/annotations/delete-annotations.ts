import { z } from 'zod';
import { errors } from '../../../errors';
import { consoleEditorScope, deleteAnnotations } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { UUID } from '../../../validation';
import { deleteAnnotationsMeta, ZDeleteAnnotationsRequest } from './delete-annotations.types';

/**
 * The ids to delete, or 'all' when none is named. An `annotation_id` that is named but blank is
 * refused rather than read as "delete all", as Dify does.
 */
function idsToDelete(given: string | string[] | undefined): string[] | 'all' {
  if (given === undefined) return 'all';
  const ids = [given].flat();
  if (ids.length === 0 || ids.some((id) => !id.trim())) {
    throw errors.badRequest('bad_request', 'annotation_ids are required if the parameter is provided.');
  }
  if (ids.some((id) => !UUID.test(id.trim()))) throw errors.invalidParam('annotation_id: must be a UUID', 'annotation_id');
  return ids.map((id) => id.trim());
}

export const deleteAnnotationsProcedure = authedProcedure
  .meta(deleteAnnotationsMeta)
  .input(ZDeleteAnnotationsRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    const scope = await consoleEditorScope(ctx.deps, ctx.actor, input.app_id);
    await deleteAnnotations(ctx.deps, scope, idsToDelete(input.annotation_id));
    ctx.response.setStatus(204);
  });
