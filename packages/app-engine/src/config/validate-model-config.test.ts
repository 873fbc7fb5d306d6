import type { ParameterRule } from '@tessera/model-runtime';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigValidationError } from '../errors';
import { ZModelConfig, ZModelConfigInput } from './model-config';
import { validateModelConfig } from './validate-model-config';

const model = { provider: 'openai', name: 'gpt-4o', mode: 'chat', completion_params: { temperature: 0.7 } };
const keywords = (overrides: Record<string, unknown> = {}) => ({
  enabled: true,
  type: 'keywords',
  config: {
    keywords: 'bad\nworse',
    inputs_config: { enabled: true, preset_response: 'No.' },
    outputs_config: { enabled: false },
    ...overrides,
  },
});

describe('validateModelConfig', () => {
  it('accepts a console save and answers the full shape, dropping keys the mode does not keep', () => {
    const config = validateModelConfig('chat', {
      model,
      pre_prompt: 'You are {{name}}',
      user_input_form: [{ select: { label: 'Lang', variable: 'lang', options: ['en', 'fr'], default: 'en' } }],
      more_like_this: { enabled: true },
      unknown_key: 1,
    });
    expect(config.pre_prompt).toBe('You are {{name}}');
    expect(config.user_input_form).toEqual([
      { select: { label: 'Lang', variable: 'lang', options: ['en', 'fr'], default: 'en', required: false } },
    ]);
    expect(config.more_like_this).toEqual({ enabled: false });
    expect(config.model.completion_params).toEqual({ temperature: 0.7, stop: [] });
    expect(config.agent_mode).toMatchObject({ enabled: false, strategy: 'router', tools: [] });
    expect('unknown_key' in config).toBe(false);
  });

  it('keeps more_like_this for completion apps and applies the catalog mode', () => {
    const config = validateModelConfig('completion', { model, more_like_this: { enabled: true } }, { modelMode: 'completion' });
    expect(config.more_like_this).toEqual({ enabled: true });
    expect(config.model.mode).toBe('completion');
  });

  it('checks completion params against the model rules when given', () => {
    const rules: ParameterRule[] = [{ name: 'temperature', label: { en_US: 'T' }, type: 'float', required: false, max: 1 }];
    expect(validateModelConfig('chat', { model }, { parameterRules: rules }).model.completion_params).toEqual({
      temperature: 0.7,
      stop: [],
    });
    expect(() => validateModelConfig('chat', { model: { ...model, completion_params: { temperature: 1.5 } } }, { parameterRules: rules })).toThrow(
      'Model Parameter temperature should be less than or equal to 1.',
    );
  });

  it('fills the history prefixes of an expert chat app on a completion model', () => {
    const config = validateModelConfig(
      'chat',
      {
        model: { ...model, mode: 'completion' },
        prompt_type: 'advanced',
        completion_prompt_config: { prompt: { text: '{{#histories#}}\n{{#query#}}' }, conversation_histories_role: { user_prefix: '', assistant_prefix: 'Bot' } },
      },
      { modelMode: 'completion' },
    );
    expect(config.completion_prompt_config.conversation_histories_role).toEqual({ user_prefix: 'Human', assistant_prefix: 'Bot' });
  });

  it.each([
    ['a missing model', {}, 'model is required'],
    ['a model that is not an object', { model: 'gpt' }, 'model must be of object type'],
    ['a model without a name', { model: { provider: 'openai', completion_params: {} } }, 'model.name is required'],
    ['no completion params', { model: { provider: 'openai', name: 'x' } }, 'model.completion_params is required'],
    ['five stop words', { model: { ...model, completion_params: { stop: ['a', 'b', 'c', 'd', 'e'] } } }, 'stop sequences must be less than 4'],
    ['a form that is not a list', { model, user_input_form: { a: 1 } }, 'user_input_form must be a list of objects'],
    ['an unknown form type', { model, user_input_form: [{ slider: { label: 'A', variable: 'a' } }] }, /^Keys in user_input_form list can only be 'text-input'/],
    ['a field without label', { model, user_input_form: [{ 'text-input': { variable: 'a' } }] }, 'label is required in user_input_form'],
    ['a variable starting with a digit', { model, user_input_form: [{ 'text-input': { label: 'A', variable: '1a' } }] }, 'variable in user_input_form must be a string, and cannot start with a number'],
    ['a select default outside its options', { model, user_input_form: [{ select: { label: 'A', variable: 'a', options: ['x'], default: 'y' } }] }, 'default value in user_input_form must be in the options list'],
    ['seven images', { model, file_upload: { image: { enabled: true, number_limits: 7, detail: 'high', transfer_methods: ['local_file'] } } }, 'number_limits must be in [1, 6]'],
    ['an unknown image detail', { model, file_upload: { image: { enabled: true, number_limits: 2, detail: 'mid', transfer_methods: [] } } }, "detail must be in ['high', 'low']"],
    ['an unknown prompt type', { model, prompt_type: 'expert' }, "prompt_type must be in ['simple', 'advanced']"],
    ['an expert prompt without prompts', { model, prompt_type: 'advanced' }, 'chat_prompt_config or completion_prompt_config is required when prompt_type is advanced'],
    ['eleven expert messages', { model, prompt_type: 'advanced', chat_prompt_config: { prompt: Array.from({ length: 11 }, () => ({ role: 'user', text: 'x' })) } }, 'prompt messages must be less than 10'],
    ['an unknown agent strategy', { model, agent_mode: { enabled: true, strategy: 'plan', tools: [] } }, 'strategy in agent_mode must be in the specified strategy list'],
    ['an agent tool without tool_parameters', { model, agent_mode: { enabled: true, strategy: 'react', tools: [{ provider_type: 'builtin', provider_id: 'time', tool_name: 'current_time' }] } }, 'tool_parameters is required in agent_mode.tools'],
    ['max_iteration of 100', { model, agent_mode: { enabled: true, strategy: 'react', tools: [], max_iteration: 100 } }, 'max_iteration in agent_mode must be an integer between 1 and 99'],
    ['suggested questions that are not text', { model, suggested_questions: [1] }, 'Elements in suggested_questions list must be of string type'],
    ['a switch that is not a boolean', { model, speech_to_text: { enabled: 'yes' } }, 'enabled in speech_to_text must be of boolean type'],
    ['moderation without a type', { model, sensitive_word_avoidance: { enabled: true } }, 'sensitive_word_avoidance.type is required'],
    ['keywords without keywords', { model, sensitive_word_avoidance: keywords({ keywords: '' }) }, 'keywords is required'],
    ['moderation with both sides off', { model, sensitive_word_avoidance: keywords({ inputs_config: { enabled: false } }) }, 'At least one of inputs_config or outputs_config must be enabled'],
    ['an input side without preset response', { model, sensitive_word_avoidance: keywords({ inputs_config: { enabled: true } }) }, 'inputs_config.preset_response is required'],
    ['a preset response over 100 characters', { model, sensitive_word_avoidance: keywords({ inputs_config: { enabled: true, preset_response: 'x'.repeat(101) } }) }, 'inputs_config.preset_response must be less than 100 characters'],
    ['101 keyword rows', { model, sensitive_word_avoidance: keywords({ keywords: Array.from({ length: 101 }, (_, i) => `w${i}`).join('\n') }) }, 'the number of rows for the keywords must be less than 100'],
  ])('refuses %s', (_, raw, message) => {
    const attempt = () => validateModelConfig('agent-chat', raw);
    expect(attempt).toThrow(ConfigValidationError);
    expect(attempt).toThrow(message);
  });

  it('refuses a completion app with knowledge but no query variable', () => {
    const raw = { model, dataset_configs: { datasets: { datasets: [{ dataset: { enabled: true, id: 'd1' } }] } } };
    expect(() => validateModelConfig('completion', raw)).toThrow('Dataset query variable is required when dataset is exist');
    expect(validateModelConfig('completion', { ...raw, dataset_query_variable: 'q' }).dataset_query_variable).toBe('q');
  });

  it('has schemas an OpenAPI document can describe without open "any" holes for known shapes', () => {
    const schema = JSON.stringify(z.toJSONSchema(ZModelConfig, { unrepresentable: 'throw' }));
    expect(schema).toContain('"pre_prompt"');
    expect(JSON.stringify(z.toJSONSchema(ZModelConfigInput, { unrepresentable: 'throw' }))).toContain('"agent_mode"');
  });
});
