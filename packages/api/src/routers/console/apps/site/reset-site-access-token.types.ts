import { route } from '../../../meta';
import { ZAppIdInput } from '../app.schemas';
import { ZAppSite } from './site.schemas';

export const resetSiteAccessTokenMeta = route({
  method: 'POST',
  path: '/apps/{app_id}/site/access-token-reset',
  tags: ['Apps'],
  summary: 'Give the web app a new address',
  description:
    'A new 16-character code: the old address and every passport issued under it stop working (400 "Site URL is no longer valid."). Admins and the owner.',
});

export const ZResetSiteAccessTokenRequest = ZAppIdInput;
export const ZResetSiteAccessTokenResponse = ZAppSite;
