import { copyApp } from '../../../services/apps/copy-app';
import { authedProcedure } from '../../../trpc';
import { copyAppMeta, ZCopyAppRequest, ZCopyAppResponse } from './copy-app.types';

export const copyAppProcedure = authedProcedure
  .meta(copyAppMeta)
  .input(ZCopyAppRequest)
  .output(ZCopyAppResponse)
  .mutation(async ({ ctx, input: { app_id, ...overrides } }) => {
    const app = await copyApp(ctx.deps, ctx.actor, app_id, overrides);
    ctx.response.setStatus(201);
    return app;
  });
