import { z } from 'zod';
import { route } from '../../../meta';
import { ZAppIdInput, ZModelConfig } from '../app.schemas';

export const getModelConfigMeta = route({
  method: 'GET',
  path: '/apps/{app_id}/model-config',
  tags: ['App configuration'],
  summary: "The configuration a chat, agent-chat or completion app answers with now",
  description:
    "Tessera's addition (Dify only saves here): Dify's `model_config_fields` plus the `id` and `version` of the saved version, " +
    'which messages name as their `app_model_config_id`. Other app modes are 404 `app_not_found`.',
});

export const ZGetModelConfigRequest = ZAppIdInput;

export const ZGetModelConfigResponse = ZModelConfig.extend({
  id: z.string().nullable().describe('The version answering now; null for an app saved before versions were kept'),
  version: z.number().int().nullable(),
}).meta({ id: 'CurrentModelConfig' });
