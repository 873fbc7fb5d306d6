import { exportApp } from '../../../services/apps/export-app';
import { authedProcedure } from '../../../trpc';
import { exportAppMeta, ZExportAppRequest, ZExportAppResponse } from './export-app.types';

export const exportAppProcedure = authedProcedure
  .meta(exportAppMeta)
  .input(ZExportAppRequest)
  .output(ZExportAppResponse)
  .query(({ ctx, input }) => exportApp(ctx.deps, ctx.actor, input.app_id, input.include_secret ?? false));
