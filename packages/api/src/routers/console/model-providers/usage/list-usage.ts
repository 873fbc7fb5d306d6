import { listModelUsage } from '../../../../services/model-providers/model-usage';
import { authedProcedure } from '../../../../trpc';
import { listUsageMeta, ZListUsageRequest, ZListUsageResponse } from './list-usage.types';

export const listUsageProcedure = authedProcedure
  .meta(listUsageMeta)
  .input(ZListUsageRequest)
  .output(ZListUsageResponse)
  .query(({ ctx, input }) => listModelUsage(ctx.deps, ctx.actor, input));
