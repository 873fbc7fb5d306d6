import { zBool } from '../../../validation';
import { route } from '../../meta';
import { ZAppDetail, ZAppIdInput } from './app.schemas';

export const setApiEnableMeta = route({
  method: 'POST',
  path: '/apps/{app_id}/api-enable',
  tags: ['Apps'],
  summary: "Turn an app's Service API on or off (admins and the owner)",
});
export const ZSetApiEnableRequest = ZAppIdInput.extend({ enable_api: zBool });
export const ZSetApiEnableResponse = ZAppDetail;
