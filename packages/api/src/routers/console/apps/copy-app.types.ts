import { route } from '../../meta';
import { ZAppDetailWithSite, ZAppIdInput, zAppName, zDescription, zIcon, zIconBackground, zIconType } from './app.schemas';

export const copyAppMeta = route({
  method: 'POST',
  path: '/apps/{app_id}/copy',
  tags: ['Apps'],
  summary: 'Copy an app (export and import of its DSL) into a new app with its own site',
  successDescription: 'Created (HTTP 201)',
});

export const ZCopyAppRequest = ZAppIdInput.extend({
  name: zAppName.nullish(),
  description: zDescription.nullish(),
  icon_type: zIconType.nullish(),
  icon: zIcon.nullish(),
  icon_background: zIconBackground.nullish(),
});

export const ZCopyAppResponse = ZAppDetailWithSite;
