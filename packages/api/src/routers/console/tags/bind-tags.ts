import { bindTags } from '../../../services/tags/bindings';
import { authedProcedure } from '../../../trpc';
import { type RouteMeta } from '../../meta';
import { bindTagsCollectionMeta, bindTagsMeta, ZBindTagsRequest, ZBindTagsResponse } from './bind-tags.types';

const bindTagsAt = (meta: RouteMeta) =>
  authedProcedure
    .meta(meta)
    .input(ZBindTagsRequest)
    .output(ZBindTagsResponse)
    .mutation(async ({ ctx, input }) => {
      await bindTags(ctx.deps, ctx.actor, input);
      return { result: 'success' as const };
    });

export const bindTagsProcedure = bindTagsAt(bindTagsMeta);
export const bindTagsCollectionProcedure = bindTagsAt(bindTagsCollectionMeta);
