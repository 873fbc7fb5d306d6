import type { TModelConfig } from './model-config';

/** The values Dify's AppModelConfig.to_dict gives a key that was never set. */
export function defaultModelConfig(): Omit<TModelConfig, 'model'> {
  return {
    opening_statement: '',
    suggested_questions: [],
    suggested_questions_after_answer: { enabled: false },
    speech_to_text: { enabled: false },
    text_to_speech: { enabled: false, voice: '', language: '' },
    retriever_resource: { enabled: true },
    annotation_reply: { enabled: false },
    more_like_this: { enabled: false },
    sensitive_word_avoidance: { enabled: false, type: '', configs: [] },
    external_data_tools: [],
    user_input_form: [],
    dataset_query_variable: '',
    pre_prompt: '',
    agent_mode: { enabled: false, strategy: null, tools: [], prompt: null },
    prompt_type: 'simple',
    chat_prompt_config: {},
    completion_prompt_config: {},
    dataset_configs: { retrieval_model: 'multiple' },
    file_upload: {
      image: { enabled: false, number_limits: 3, detail: 'high', transfer_methods: ['remote_url', 'local_file'] },
    },
  };
}
