import { setApiEnabled } from '../../../services/apps/update-app';
import { authedProcedure } from '../../../trpc';
import { setApiEnableMeta, ZSetApiEnableRequest, ZSetApiEnableResponse } from './set-api-enable.types';

export const setApiEnableProcedure = authedProcedure
  .meta(setApiEnableMeta)
  .input(ZSetApiEnableRequest)
  .output(ZSetApiEnableResponse)
  .mutation(({ ctx, input }) => setApiEnabled(ctx.deps, ctx.actor, input.app_id, input.enable_api));
