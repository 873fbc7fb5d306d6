import { updateSiteSettings } from '../../../../services/apps/site-settings';
import { authedProcedure } from '../../../../trpc';
import { updateSiteMeta, ZUpdateSiteRequest, ZUpdateSiteResponse } from './update-site.types';

export const updateSiteProcedure = authedProcedure
  .meta(updateSiteMeta)
  .input(ZUpdateSiteRequest)
  .output(ZUpdateSiteResponse)
  .mutation(({ ctx, input: { app_id, ...settings } }) => updateSiteSettings(ctx.deps, ctx.actor, app_id, settings));
