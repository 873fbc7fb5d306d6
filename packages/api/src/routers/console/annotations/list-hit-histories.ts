import { consoleEditorScope, listHitHistories } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { listHitHistoriesMeta, ZListHitHistoriesRequest, ZListHitHistoriesResponse } from './list-hit-histories.types';

export const listHitHistoriesProcedure = authedProcedure
  .meta(listHitHistoriesMeta)
  .input(ZListHitHistoriesRequest)
  .output(ZListHitHistoriesResponse)
  .query(async ({ ctx, input }) =>
    listHitHistories(ctx.deps, await consoleEditorScope(ctx.deps, ctx.actor, input.app_id), input.annotation_id, input),
  );
