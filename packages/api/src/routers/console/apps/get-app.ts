import { getApp } from '../../../services/apps/get-app';
import { authedProcedure } from '../../../trpc';
import { getAppMeta, ZGetAppRequest, ZGetAppResponse } from './get-app.types';

export const getAppProcedure = authedProcedure
  .meta(getAppMeta)
  .input(ZGetAppRequest)
  .output(ZGetAppResponse)
  .query(({ ctx, input }) => getApp(ctx.deps, ctx.actor, input.app_id));
