import { ConfigValidationError } from '../errors';
import { isRecord, type JsonRecord } from '../json';
import type { PromptAppMode, TModelConfig } from './model-config';
import { normalizeModelConfig } from './normalize-model-config';
import { validateAgentMode } from './validation/validate-agent-mode';
import { validateDatasetConfigs, validateOpeningStatement, validateSwitch } from './validation/validate-features';
import { validateFileUpload } from './validation/validate-file-upload';
import { validateModel, type ModelConfigContext } from './validation/validate-model';
import { validatePrompt } from './validation/validate-prompt';
import { validateSensitiveWordAvoidance } from './validation/validate-sensitive-word-avoidance';
import { validateUserInputForm } from './validation/validate-user-input-form';

export type { ModelConfigContext };

/** The keys each mode's config_validate keeps; anything else the caller sent is dropped. */
const KEYS_BY_MODE: Record<PromptAppMode, string[]> = {
  chat: [
    'model', 'user_input_form', 'external_data_tools', 'file_upload', 'prompt_type', 'pre_prompt', 'chat_prompt_config',
    'completion_prompt_config', 'agent_mode', 'opening_statement', 'suggested_questions',
    'suggested_questions_after_answer', 'speech_to_text', 'text_to_speech', 'retriever_resource', 'dataset_configs',
    'dataset_query_variable', 'sensitive_word_avoidance', 'annotation_reply',
  ],
  'agent-chat': [],
  completion: [],
};
KEYS_BY_MODE['agent-chat'] = KEYS_BY_MODE.chat;
KEYS_BY_MODE.completion = [...KEYS_BY_MODE.chat.filter((key) => key !== 'suggested_questions_after_answer'), 'more_like_this'];

/**
 * Dify's config_validate for chat, agent-chat and completion apps: the same checks, in the same order, with
 * the same messages (first failure wins), then the result in the full shape the console reads back.
 */
export function validateModelConfig(mode: PromptAppMode, raw: unknown, context: ModelConfigContext = {}): TModelConfig {
  if (!isRecord(raw)) throw new ConfigValidationError('model_config must be of object type');
  const config = structuredClone(raw) as JsonRecord;
  validateModel(config, context);
  validateUserInputForm(config);
  if (!config.external_data_tools) config.external_data_tools = [];
  validateFileUpload(config);
  validatePrompt(mode, config);
  validateAgentMode(config);
  validateOpeningStatement(config);
  if (mode !== 'completion') validateSwitch(config, 'suggested_questions_after_answer');
  validateSwitch(config, 'speech_to_text');
  validateSwitch(config, 'text_to_speech');
  validateSwitch(config, 'retriever_resource', { enabled: true });
  if (mode === 'completion') validateSwitch(config, 'more_like_this');
  validateDatasetConfigs(mode, config);
  validateSensitiveWordAvoidance(config);
  if (config.annotation_reply !== undefined && config.annotation_reply !== null) validateSwitch(config, 'annotation_reply');
  const kept = Object.fromEntries(KEYS_BY_MODE[mode].filter((key) => key in config).map((key) => [key, config[key]]));
  return normalizeModelConfig(kept, { modelMode: (config.model as JsonRecord).mode as 'chat' | 'completion' });
}
