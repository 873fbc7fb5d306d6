import { createTag } from '../../../services/tags/tags';
import { authedProcedure } from '../../../trpc';
import { createTagMeta, ZCreateTagRequest, ZCreateTagResponse } from './create-tag.types';

export const createTagProcedure = authedProcedure
  .meta(createTagMeta)
  .input(ZCreateTagRequest)
  .output(ZCreateTagResponse)
  .mutation(({ ctx, input }) => createTag(ctx.deps, ctx.actor, input));
