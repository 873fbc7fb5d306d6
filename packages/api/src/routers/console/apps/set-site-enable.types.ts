import { route } from '../../meta';
import { zBodyBool, ZAppDetail, ZAppIdInput } from './app.schemas';

export const setSiteEnableMeta = route({ method: 'POST', path: '/apps/{app_id}/site-enable', tags: ['Apps'], summary: "Turn an app's web app on or off" });
export const ZSetSiteEnableRequest = ZAppIdInput.extend({ enable_site: zBodyBool });
export const ZSetSiteEnableResponse = ZAppDetail;
