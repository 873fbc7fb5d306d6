import { z } from 'zod';
import { zId } from '../../../validation';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';
import { ZAnnotationSetting } from './get-annotation-setting.types';

export const updateAnnotationSettingMeta = route({
  method: 'POST',
  path: '/apps/{app_id}/annotation-settings/{annotation_setting_id}',
  tags: ['Annotations'],
  summary: 'Change the score a question needs to be answered by an annotation (reply must be on)',
});
export const ZUpdateAnnotationSettingRequest = ZAppIdInput.extend({ annotation_setting_id: zId, score_threshold: z.number() });
export const ZUpdateAnnotationSettingResponse = ZAnnotationSetting;
