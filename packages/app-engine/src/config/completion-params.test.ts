import type { ParameterRule } from '@tessera/model-runtime';
import { describe, expect, it } from 'vitest';
import { checkCompletionParams } from './completion-params';

const label = { en_US: 'x' };
const rules: ParameterRule[] = [
  { name: 'temperature', use_template: 'temperature', label, type: 'float', required: false, min: 0, max: 2, precision: 2 },
  { name: 'max_tokens', use_template: 'max_tokens', label, type: 'int', required: true, default: 512, min: 1, max: 4096 },
  { name: 'response_format', label, type: 'string', required: false, options: ['text', 'json_object'] },
  { name: 'stream_usage', label, type: 'boolean', required: false },
  { name: 'max_output_tokens', use_template: 'max_tokens', label, type: 'int', required: false },
];

describe('checkCompletionParams', () => {
  it('keeps known params, fills required defaults, reads template names and drops unknown params', () => {
    expect(checkCompletionParams({ temperature: 0.7, top_k: 3, max_tokens: 100 }, rules)).toEqual({
      temperature: 0.7,
      max_tokens: 100,
      max_output_tokens: 100,
    });
    expect(checkCompletionParams({}, rules)).toEqual({ max_tokens: 512 });
  });

  it.each([
    [{ temperature: 'hot' }, 'Model Parameter temperature should be float.'],
    [{ temperature: 2.5 }, 'Model Parameter temperature should be less than or equal to 2.'],
    [{ temperature: -1 }, 'Model Parameter temperature should be greater than or equal to 0.'],
    [{ temperature: 0.123 }, 'Model Parameter temperature should be round to 2 decimal places.'],
    [{ max_tokens: 1.5 }, 'Model Parameter max_tokens should be int.'],
    [{ max_tokens: 5000 }, 'Model Parameter max_tokens should be less than or equal to 4096.'],
    [{ response_format: 'xml' }, "Model Parameter response_format should be one of ['text', 'json_object']."],
    [{ stream_usage: 'yes' }, 'Model Parameter stream_usage should be bool.'],
  ])('refuses %j with Dify\'s message', (params, message) => {
    expect(() => checkCompletionParams(params, rules)).toThrow(message);
  });

  it('refuses a required param with no value and no default', () => {
    const required: ParameterRule[] = [{ name: 'seed', label, type: 'int', required: true }];
    expect(() => checkCompletionParams({}, required)).toThrow('Model Parameter seed is required.');
  });
});
