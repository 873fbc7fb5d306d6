import { z } from 'zod';
import { AppError, errors } from '../../../errors';
import { consoleEditorScope, deleteAnnotations } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { UUID } from '../../../validation';
import { deleteAnnotationsMeta, ZDeleteAnnotationsRequest } from './delete-annotations.types';

/**
 * The ids to delete, or 'all'. The REST adapter drops empty query values, so a request that names
 * `annotation_id` only with blanks is recognised from the URL: it must not read as "delete all".
 */
function idsToDelete(given: string | string[] | undefined, url: URL): string[] | 'all' {
  const ids = given === undefined ? [] : [given].flat();
  if (ids.length === 0 && !url.searchParams.has('annotation_id')) return 'all';
  if (ids.length === 0 || ids.some((id) => !id.trim())) {
    throw new AppError('bad_request', 'annotation_ids are required if the parameter is provided.', 400);
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
    await deleteAnnotations(ctx.deps, scope, idsToDelete(input.annotation_id, ctx.request.url));
    ctx.response.setStatus(204);
  });
