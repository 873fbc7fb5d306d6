import { renameApp } from '../../../services/apps/update-app';
import { authedProcedure } from '../../../trpc';
import { renameAppMeta, ZRenameAppRequest, ZRenameAppResponse } from './rename-app.types';

export const renameAppProcedure = authedProcedure
  .meta(renameAppMeta)
  .input(ZRenameAppRequest)
  .output(ZRenameAppResponse)
  .mutation(({ ctx, input }) => renameApp(ctx.deps, ctx.actor, input.app_id, input.name));
