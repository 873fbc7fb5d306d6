import { annotateAnswer, consoleEditorScope } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { createAnnotationMeta, ZCreateAnnotationRequest, ZCreateAnnotationResponse } from './create-annotation.types';

export const createAnnotationProcedure = authedProcedure
  .meta(createAnnotationMeta)
  .input(ZCreateAnnotationRequest)
  .output(ZCreateAnnotationResponse)
  .mutation(async ({ ctx, input: { app_id, ...input } }) => annotateAnswer(ctx.deps, await consoleEditorScope(ctx.deps, ctx.actor, app_id), input));
