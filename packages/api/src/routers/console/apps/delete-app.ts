import { z } from 'zod';
import { deleteApp } from '../../../services/apps/delete-app';
import { authedProcedure } from '../../../trpc';
import { deleteAppMeta, ZDeleteAppRequest } from './delete-app.types';

export const deleteAppProcedure = authedProcedure
  .meta(deleteAppMeta)
  .input(ZDeleteAppRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteApp(ctx.deps, ctx.actor, input.app_id);
    ctx.response.setStatus(204);
  });
