import { type AppMode } from '@tessera/db';

type Raw = Record<string, unknown>;

/** A prompt app's configuration, keyed exactly as Dify's `AppModelConfig.to_dict()` (DSL §6.2). */
export type ModelConfig = {
  opening_statement: string;
  suggested_questions: unknown[];
  suggested_questions_after_answer: Raw;
  speech_to_text: Raw;
  text_to_speech: Raw;
  retriever_resource: Raw;
  annotation_reply: Raw;
  more_like_this: Raw;
  sensitive_word_avoidance: Raw;
  external_data_tools: unknown[];
  model: Raw;
  user_input_form: unknown[];
  dataset_query_variable: string;
  pre_prompt: string;
  agent_mode: Raw;
  prompt_type: string;
  chat_prompt_config: Raw;
  completion_prompt_config: Raw;
  dataset_configs: Raw;
  file_upload: Raw;
};

export const PROMPT_APP_MODES: readonly AppMode[] = ['chat', 'agent-chat', 'completion'];

export const isPromptMode = (mode: AppMode) => PROMPT_APP_MODES.includes(mode);

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? structuredClone(value) : []);
const obj = (value: unknown, fallback: Raw): Raw => (isObject(value) ? structuredClone(value) : fallback);

/**
 * Every `to_dict` key, each of the kind Dify gives it; unknown keys are dropped and missing or
 * mistyped ones take the default Dify's `*_dict` properties answer. Used on export, import and in responses.
 */
export function normaliseModelConfig(raw: unknown): ModelConfig {
  const c = isObject(raw) ? raw : {};
  return {
    opening_statement: str(c.opening_statement, ''),
    suggested_questions: arr(c.suggested_questions),
    suggested_questions_after_answer: obj(c.suggested_questions_after_answer, { enabled: false }),
    speech_to_text: obj(c.speech_to_text, { enabled: false }),
    text_to_speech: obj(c.text_to_speech, { enabled: false, voice: '', language: '' }),
    retriever_resource: obj(c.retriever_resource, { enabled: true }),
    annotation_reply: obj(c.annotation_reply, { enabled: false }),
    more_like_this: obj(c.more_like_this, { enabled: false }),
    sensitive_word_avoidance: obj(c.sensitive_word_avoidance, { enabled: false, type: '', configs: [] }),
    external_data_tools: arr(c.external_data_tools),
    model: obj(c.model, {}),
    user_input_form: arr(c.user_input_form),
    dataset_query_variable: str(c.dataset_query_variable, ''),
    pre_prompt: str(c.pre_prompt, ''),
    agent_mode: obj(c.agent_mode, { enabled: false, strategy: null, tools: [], prompt: null }),
    prompt_type: str(c.prompt_type, 'simple'),
    chat_prompt_config: obj(c.chat_prompt_config, {}),
    completion_prompt_config: obj(c.completion_prompt_config, {}),
    dataset_configs: obj(c.dataset_configs, { retrieval_model: 'multiple' }),
    file_upload: obj(c.file_upload, {
      image: { enabled: false, number_limits: 3, detail: 'high', transfer_methods: ['remote_url', 'local_file'] },
    }),
  };
}

/** The configuration a new prompt app starts with: no model chosen yet. */
export function defaultModelConfig(mode: AppMode): ModelConfig {
  const config = normaliseModelConfig({});
  config.model = { provider: '', name: '', mode: 'chat', completion_params: {} };
  if (mode === 'completion') {
    config.user_input_form = [{ paragraph: { label: 'Query', variable: 'query', required: true, default: '' } }];
    config.pre_prompt = '{{query}}';
  }
  if (mode === 'agent-chat') {
    config.agent_mode = { enabled: true, max_iteration: 5, strategy: 'function_call', tools: [], prompt: null };
  }
  return config;
}

/** Dify shows a chat app whose agent mode is on as `agent-chat` (`mode_compatible_with_agent`). */
export function displayMode(mode: AppMode, modelConfig: Raw | ModelConfig | null | undefined): AppMode {
  if (mode !== 'chat' || !modelConfig) return mode;
  const agent = modelConfig.agent_mode;
  if (isObject(agent) && agent.enabled === true && (agent.strategy === 'function_call' || agent.strategy === 'react')) {
    return 'agent-chat';
  }
  return mode;
}

export { isObject };
