import { route } from '../../../meta';
import { RESULT_SUCCESS } from '../../../../validation';
import { ZAppIdInput } from '../app.schemas';

export const saveModelConfigMeta = route({
  method: 'POST',
  path: '/apps/{app_id}/model-config',
  tags: ['App configuration'],
  summary: "Save a chat, agent-chat or completion app's configuration as its next version",
  description:
    'The body is the whole `model_config` (the `ModelConfig` keys). It is checked as Dify checks it, with its messages as ' +
    '400 `invalid_param`; completion params must fit the chosen model\'s parameter rules. The model must be one of the ' +
    "workspace's (`model.name must be in the specified model list`), usable now (`provider_not_initialize`, " +
    '`model_currently_not_support`). Each save adds a version and makes it the answering one. Editors and up.',
});

/** The body is the whole configuration, checked by the engine with Dify's messages rather than by zod. */
export const ZSaveModelConfigRequest = ZAppIdInput.loose();

export const ZSaveModelConfigResponse = RESULT_SUCCESS;
