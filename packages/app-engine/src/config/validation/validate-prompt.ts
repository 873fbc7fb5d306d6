import { ConfigValidationError } from '../../errors';
import { isRecord, pyList, type JsonRecord } from '../../json';
import type { PromptAppMode } from '../model-config';

const PROMPT_TYPES = ['simple', 'advanced'];
const MODEL_MODES = ['completion', 'chat'];

export function validatePrompt(appMode: PromptAppMode, config: JsonRecord): void {
  if (!config.prompt_type) config.prompt_type = 'simple';
  if (!PROMPT_TYPES.includes(config.prompt_type as string)) fail(`prompt_type must be in ${pyList(PROMPT_TYPES)}`);
  if (!config.chat_prompt_config) config.chat_prompt_config = {};
  if (!isRecord(config.chat_prompt_config)) fail('chat_prompt_config must be of object type');
  if (!config.completion_prompt_config) config.completion_prompt_config = {};
  if (!isRecord(config.completion_prompt_config)) fail('completion_prompt_config must be of object type');

  if (config.prompt_type === 'advanced') validateAdvanced(appMode, config);
  else {
    if (!config.pre_prompt) config.pre_prompt = '';
    if (typeof config.pre_prompt !== 'string') fail('pre_prompt must be of string type');
  }
}

function validateAdvanced(appMode: PromptAppMode, config: JsonRecord): void {
  const chat = config.chat_prompt_config as JsonRecord;
  const completion = config.completion_prompt_config as JsonRecord;
  if (Object.keys(chat).length === 0 && Object.keys(completion).length === 0) {
    fail('chat_prompt_config or completion_prompt_config is required when prompt_type is advanced');
  }
  const model = config.model as JsonRecord;
  if (!MODEL_MODES.includes(model.mode as string)) fail(`model.mode must be in ${pyList(MODEL_MODES)} when prompt_type is advanced`);
  if (appMode === 'chat' && model.mode === 'completion') {
    const roles = isRecord(completion.conversation_histories_role) ? completion.conversation_histories_role : {};
    completion.conversation_histories_role = {
      ...roles,
      user_prefix: roles.user_prefix || 'Human',
      assistant_prefix: roles.assistant_prefix || 'Assistant',
    };
  }
  if (model.mode === 'chat') {
    const prompts = chat.prompt;
    if (!Array.isArray(prompts)) fail('chat_prompt_config.prompt must be a list of messages');
    if (prompts.length > 10) fail('prompt messages must be less than 10');
    for (const message of prompts) {
      if (!isRecord(message) || typeof message.text !== 'string') fail('message text must be a string');
      if (typeof message.role !== 'string') fail('message role must be a string');
      if (!['system', 'user', 'assistant'].includes(message.role)) fail(`invalid prompt message type value ${message.role}`);
    }
  } else if (!isRecord(completion.prompt) || typeof completion.prompt.text !== 'string') {
    fail('completion_prompt_config.prompt.text must be a string');
  }
}

function fail(message: string): never {
  throw new ConfigValidationError(message);
}
