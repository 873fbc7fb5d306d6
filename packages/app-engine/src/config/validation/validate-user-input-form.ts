import { ConfigValidationError } from '../../errors';
import { isRecord, type JsonRecord } from '../../json';
import { INPUT_VARIABLE_TYPES } from '../user-input-form';

/** Letters (incl. CJK and emoji), digits and underscores, 1–100 of them, not starting with a digit. */
const VARIABLE_NAME = /^(?!\d)[\u4e00-\u9fa5A-Za-z0-9_\u{1F300}-\u{1F64F}\u{1F680}-\u{1F6FF}]{1,100}$/u;

export function validateUserInputForm(config: JsonRecord): void {
  if (!config.user_input_form) config.user_input_form = [];
  if (!Array.isArray(config.user_input_form)) fail('user_input_form must be a list of objects');
  const seen = new Set<string>();
  for (const item of config.user_input_form) {
    if (!isRecord(item)) fail('user_input_form must be a list of objects');
    const key = Object.keys(item)[0];
    if (key === undefined || !(INPUT_VARIABLE_TYPES as readonly string[]).includes(key)) {
      fail(`Keys in user_input_form list can only be ${INPUT_VARIABLE_TYPES.map((type) => `'${type}'`).join(', ')}`);
    }
    const field = item[key];
    if (!isRecord(field)) fail('user_input_form must be a list of objects');
    validateField(key, field);
    const variable = field.variable as string;
    if (seen.has(variable)) fail(`variable ${variable} in user_input_form must be unique`);
    seen.add(variable);
  }
}

function validateField(key: string, field: JsonRecord): void {
  if (!('label' in field)) fail('label is required in user_input_form');
  if (typeof field.label !== 'string') fail('label in user_input_form must be of string type');
  if (!('variable' in field)) fail('variable is required in user_input_form');
  if (typeof field.variable !== 'string') fail('variable in user_input_form must be of string type');
  if (!VARIABLE_NAME.test(field.variable)) fail('variable in user_input_form must be a string, and cannot start with a number');
  if (!field.required) field.required = false;
  if (typeof field.required !== 'boolean') fail('required in user_input_form must be of boolean type');
  if (key === 'select') {
    if (!field.options) field.options = [];
    if (!Array.isArray(field.options)) fail('options in user_input_form must be a list of strings');
    if (field.default && !(field.options as unknown[]).includes(field.default)) {
      fail('default value in user_input_form must be in the options list');
    }
  }
  if (field.max_length !== undefined && field.max_length !== null) {
    if (typeof field.max_length !== 'number' || !Number.isInteger(field.max_length) || field.max_length < 0) {
      fail('max_length in user_input_form must be a non-negative integer');
    }
  }
}

function fail(message: string): never {
  throw new ConfigValidationError(message);
}
