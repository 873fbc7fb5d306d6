import { route } from '../../meta';
import { ZAppDetailWithSite, ZAppIdInput } from './app.schemas';

export const getAppMeta = route({ method: 'GET', path: '/apps/{app_id}', tags: ['Apps'], summary: 'An app with its site' });
export const ZGetAppRequest = ZAppIdInput;
export const ZGetAppResponse = ZAppDetailWithSite;
