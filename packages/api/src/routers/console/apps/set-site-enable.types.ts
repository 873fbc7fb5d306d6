import { zBool } from '../../../validation';
import { route } from '../../meta';
import { ZAppDetail, ZAppIdInput } from './app.schemas';

export const setSiteEnableMeta = route({ method: 'POST', path: '/apps/{app_id}/site-enable', tags: ['Apps'], summary: "Turn an app's web app on or off" });
export const ZSetSiteEnableRequest = ZAppIdInput.extend({ enable_site: zBool });
export const ZSetSiteEnableResponse = ZAppDetail;
