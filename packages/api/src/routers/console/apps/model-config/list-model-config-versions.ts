import { listConfigVersions } from '../../../../services/app-config/list-config-versions';
import { authedProcedure } from '../../../../trpc';
import { listModelConfigVersionsMeta, ZListModelConfigVersionsRequest, ZListModelConfigVersionsResponse } from './list-model-config-versions.types';

export const listModelConfigVersionsProcedure = authedProcedure
  .meta(listModelConfigVersionsMeta)
  .input(ZListModelConfigVersionsRequest)
  .output(ZListModelConfigVersionsResponse)
  .query(({ ctx, input: { app_id, ...paging } }) => listConfigVersions(ctx.deps, ctx.actor, app_id, paging));
