import { unbindTags } from '../../../services/tags/bindings';
import { authedProcedure } from '../../../trpc';
import { unbindTagsMeta, ZUnbindTagsRequest, ZUnbindTagsResponse } from './unbind-tags.types';

export const unbindTagsProcedure = authedProcedure
  .meta(unbindTagsMeta)
  .input(ZUnbindTagsRequest)
  .output(ZUnbindTagsResponse)
  .mutation(async ({ ctx, input }) => {
    const tagIds = [...(input.tag_ids ?? []), ...(input.tag_id ? [input.tag_id] : [])];
    await unbindTags(ctx.deps, ctx.actor, { tag_ids: tagIds, target_id: input.target_id, type: input.type });
    return { result: 'success' as const };
  });
