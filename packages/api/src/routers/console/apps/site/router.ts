import { router } from '../../../../trpc';
import { resetSiteAccessTokenProcedure } from './reset-site-access-token';
import { updateSiteProcedure } from './update-site';

export const siteRouter = router({
  update: updateSiteProcedure,
  resetAccessToken: resetSiteAccessTokenProcedure,
});
