import { route } from '../../meta';
import { ZAppDetail, ZAppIdInput, zAppName } from './app.schemas';

export const renameAppMeta = route({ method: 'POST', path: '/apps/{app_id}/name', tags: ['Apps'], summary: 'Rename an app' });
export const ZRenameAppRequest = ZAppIdInput.extend({ name: zAppName });
export const ZRenameAppResponse = ZAppDetail;
