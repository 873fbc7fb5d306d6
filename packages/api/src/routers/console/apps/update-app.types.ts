import { zBool } from '../../../validation';
import { z } from 'zod';
import { route } from '../../meta';
import { ZAppDetailWithSite, ZAppIdInput, zAppName, zDescription, zIcon, zIconBackground, zIconType } from './app.schemas';

export const updateAppMeta = route({ method: 'PUT', path: '/apps/{app_id}', tags: ['Apps'], summary: "Update an app's name, description, icon and limits" });

export const ZUpdateAppRequest = ZAppIdInput.extend({
  name: zAppName,
  description: zDescription.nullish(),
  icon_type: zIconType.nullish(),
  icon: zIcon.nullish(),
  icon_background: zIconBackground.nullish(),
  use_icon_as_answer_icon: zBool.nullish(),
  max_active_requests: z.number().int().min(0).nullish(),
});

export const ZUpdateAppResponse = ZAppDetailWithSite;
