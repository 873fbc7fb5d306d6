import { listApps } from '../../../services/apps/list-apps';
import { authedProcedure } from '../../../trpc';
import { listAppsMeta, ZListAppsRequest, ZListAppsResponse } from './list-apps.types';

export const listAppsProcedure = authedProcedure
  .meta(listAppsMeta)
  .input(ZListAppsRequest)
  .output(ZListAppsResponse)
  .query(({ ctx, input }) => listApps(ctx.deps, ctx.actor, input));
