import { updateApp } from '../../../services/apps/update-app';
import { authedProcedure } from '../../../trpc';
import { updateAppMeta, ZUpdateAppRequest, ZUpdateAppResponse } from './update-app.types';

export const updateAppProcedure = authedProcedure
  .meta(updateAppMeta)
  .input(ZUpdateAppRequest)
  .output(ZUpdateAppResponse)
  .mutation(({ ctx, input: { app_id, ...changes } }) => updateApp(ctx.deps, ctx.actor, app_id, changes));
