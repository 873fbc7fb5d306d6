import { route } from '../../meta';
import { ZAppDetail, ZAppIdInput, zIcon, zIconBackground, zIconType } from './app.schemas';

export const setAppIconMeta = route({ method: 'POST', path: '/apps/{app_id}/icon', tags: ['Apps'], summary: "Change an app's icon" });
export const ZSetAppIconRequest = ZAppIdInput.extend({
  icon: zIcon.nullish(),
  icon_background: zIconBackground.nullish(),
  icon_type: zIconType.nullish(),
});
export const ZSetAppIconResponse = ZAppDetail;
