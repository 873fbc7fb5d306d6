import { updateTag } from '../../../services/tags/tags';
import { authedProcedure } from '../../../trpc';
import { updateTagMeta, ZUpdateTagRequest, ZUpdateTagResponse } from './update-tag.types';

export const updateTagProcedure = authedProcedure
  .meta(updateTagMeta)
  .input(ZUpdateTagRequest)
  .output(ZUpdateTagResponse)
  .mutation(({ ctx, input }) => updateTag(ctx.deps, ctx.actor, input.tag_id, input.name));
