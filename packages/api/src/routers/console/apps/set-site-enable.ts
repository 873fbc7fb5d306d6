import { setSiteEnabled } from '../../../services/apps/update-app';
import { authedProcedure } from '../../../trpc';
import { setSiteEnableMeta, ZSetSiteEnableRequest, ZSetSiteEnableResponse } from './set-site-enable.types';

export const setSiteEnableProcedure = authedProcedure
  .meta(setSiteEnableMeta)
  .input(ZSetSiteEnableRequest)
  .output(ZSetSiteEnableResponse)
  .mutation(({ ctx, input }) => setSiteEnabled(ctx.deps, ctx.actor, input.app_id, input.enable_site));
