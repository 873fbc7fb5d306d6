import { z } from 'zod';
import { route } from '../../meta';
import { ZAppIdInput } from '../apps/app.schemas';

export const getAnnotationSettingMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/annotation-setting',
  tags: ['Annotations'],
  summary: "The app's annotation reply settings; `{enabled: false}` while reply is off",
});
export const ZGetAnnotationSettingRequest = ZAppIdInput;
export const ZAnnotationSetting = z
  .union([
    z.object({
      id: z.string().describe("The setting's id (the app's id: an app has one)"),
      enabled: z.literal(true),
      score_threshold: z.number(),
      embedding_model: z.union([
        z.object({ embedding_provider_name: z.string(), embedding_model_name: z.string() }),
        z.object({}).strict(),
      ]),
    }),
    z.object({ enabled: z.literal(false) }),
  ])
  .meta({ id: 'AnnotationSetting' });
export const ZGetAnnotationSettingResponse = ZAnnotationSetting;
