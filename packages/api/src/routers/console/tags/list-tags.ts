import { listTags } from '../../../services/tags/tags';
import { authedProcedure } from '../../../trpc';
import { listTagsMeta, ZListTagsRequest, ZListTagsResponse } from './list-tags.types';

export const listTagsProcedure = authedProcedure
  .meta(listTagsMeta)
  .input(ZListTagsRequest)
  .output(ZListTagsResponse)
  .query(({ ctx, input }) => listTags(ctx.deps, ctx.actor, input));
