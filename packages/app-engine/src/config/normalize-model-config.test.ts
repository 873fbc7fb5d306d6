import { describe, expect, it } from 'vitest';
import { ConfigValidationError } from '../errors';
import { ZModelConfig } from './model-config';
import { normalizeModelConfig } from './normalize-model-config';

const model = { provider: 'openai', name: 'gpt-4o', mode: 'chat', completion_params: { temperature: 0.7 } };

describe('normalizeModelConfig', () => {
  it("fills every key Dify's to_dict answers with when only the model is set", () => {
    const config = normalizeModelConfig({ model });
    expect(config).toEqual({
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
      model,
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
    });
    expect(ZModelConfig.safeParse(config).success).toBe(true);
  });

  it('reads legacy rows: nested settings stored as JSON text, nulls, a model without mode, a half image block', () => {
    const config = normalizeModelConfig({
      model: JSON.stringify({ provider: 'openai', name: 'gpt-3.5-turbo-instruct', completion_params: {} }),
      user_input_form: JSON.stringify([{ 'text-input': { label: 'Name', variable: 'name', required: true } }]),
      suggested_questions: null,
      more_like_this: '{"enabled": true}',
      file_upload: { image: { enabled: true } },
      sensitive_word_avoidance: { enabled: true, type: 'keywords', config: { keywords: 'bad' } },
    });
    expect(config.model).toEqual({ provider: 'openai', name: 'gpt-3.5-turbo-instruct', mode: 'chat', completion_params: {} });
    expect(config.user_input_form).toEqual([{ 'text-input': { label: 'Name', variable: 'name', required: true } }]);
    expect(config.suggested_questions).toEqual([]);
    expect(config.more_like_this).toEqual({ enabled: true });
    expect(config.file_upload.image).toEqual({ enabled: true, number_limits: 3, detail: 'high', transfer_methods: ['remote_url', 'local_file'] });
    expect(config.sensitive_word_avoidance).toEqual({ enabled: true, type: 'keywords', configs: [], config: { keywords: 'bad' } });
  });

  it("takes the model's mode from the catalog when given", () => {
    expect(normalizeModelConfig({ model }, { modelMode: 'completion' }).model.mode).toBe('completion');
  });

  it('refuses a config without a model, and names the field of a wrongly shaped one', () => {
    expect(() => normalizeModelConfig({ pre_prompt: 'hi' })).toThrow(new ConfigValidationError('model is required'));
    expect(() => normalizeModelConfig({ model, suggested_questions: 'not a list' })).toThrow(/^suggested_questions: /);
  });
});
