import { z } from 'zod';
import { deleteTag } from '../../../services/tags/tags';
import { authedProcedure } from '../../../trpc';
import { deleteTagMeta, ZDeleteTagRequest } from './delete-tag.types';

export const deleteTagProcedure = authedProcedure
  .meta(deleteTagMeta)
  .input(ZDeleteTagRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteTag(ctx.deps, ctx.actor, input.tag_id);
    ctx.response.setStatus(204);
  });
