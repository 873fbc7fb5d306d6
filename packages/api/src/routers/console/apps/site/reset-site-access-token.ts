import { resetSiteAccessToken } from '../../../../services/apps/site-settings';
import { authedProcedure } from '../../../../trpc';
import { resetSiteAccessTokenMeta, ZResetSiteAccessTokenRequest, ZResetSiteAccessTokenResponse } from './reset-site-access-token.types';

export const resetSiteAccessTokenProcedure = authedProcedure
  .meta(resetSiteAccessTokenMeta)
  .input(ZResetSiteAccessTokenRequest)
  .output(ZResetSiteAccessTokenResponse)
  .mutation(({ ctx, input }) => resetSiteAccessToken(ctx.deps, ctx.actor, input.app_id));
