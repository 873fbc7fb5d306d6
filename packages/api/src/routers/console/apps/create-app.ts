import { createApp } from '../../../services/apps/create-app';
import { authedProcedure } from '../../../trpc';
import { createAppMeta, ZCreateAppRequest, ZCreateAppResponse } from './create-app.types';

export const createAppProcedure = authedProcedure
  .meta(createAppMeta)
  .input(ZCreateAppRequest)
  .output(ZCreateAppResponse)
  .mutation(async ({ ctx, input }) => {
    const app = await createApp(ctx.deps, ctx.actor, input);
    ctx.response.setStatus(201);
    return app;
  });
