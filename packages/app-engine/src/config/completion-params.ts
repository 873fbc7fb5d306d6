import type { ParameterRule } from '@tessera/model-runtime';
import { ConfigValidationError } from '../errors';
import { pyList } from '../json';

/**
 * Checks completion params against the model's parameter rules the way Dify's model runtime does before a call:
 * a value may come under the rule's name or its template's name, required rules fall back to their default,
 * types, ranges, precision and options are enforced, and params no rule knows are dropped.
 */
export function checkCompletionParams(params: Record<string, unknown>, rules: ParameterRule[]): Record<string, unknown> {
  const checked: Record<string, unknown> = {};
  for (const rule of rules) {
    let value = params[rule.name];
    if (value === undefined || value === null) {
      if (rule.use_template && params[rule.use_template] !== undefined && params[rule.use_template] !== null) {
        value = params[rule.use_template];
      } else if (rule.required) {
        if (rule.default === undefined || rule.default === null) {
          throw new ConfigValidationError(`Model Parameter ${rule.name} is required.`);
        }
        checked[rule.name] = rule.default;
        continue;
      } else {
        continue;
      }
    }
    checkValue(rule, value);
    checked[rule.name] = value;
  }
  return checked;
}

function checkValue(rule: ParameterRule, value: unknown): void {
  const name = rule.name;
  switch (rule.type) {
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) fail(`Model Parameter ${name} should be int.`);
      checkRange(rule, value);
      return;
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(`Model Parameter ${name} should be float.`);
      checkPrecision(rule, value);
      checkRange(rule, value);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail(`Model Parameter ${name} should be bool.`);
      return;
    case 'string':
      if (typeof value !== 'string') fail(`Model Parameter ${name} should be string.`);
      if (rule.options && rule.options.length > 0 && !rule.options.includes(value)) {
        fail(`Model Parameter ${name} should be one of ${pyList(rule.options)}.`);
      }
      return;
    case 'text':
      if (typeof value !== 'string') fail(`Model Parameter ${name} should be text.`);
      return;
  }
}

function checkPrecision(rule: ParameterRule, value: number): void {
  if (rule.precision === undefined) return;
  if (rule.precision === 0) {
    if (!Number.isInteger(value)) fail(`Model Parameter ${rule.name} should be int.`);
    return;
  }
  const factor = 10 ** rule.precision;
  if (Math.abs(Math.round(value * factor) / factor - value) > Number.EPSILON * Math.max(1, Math.abs(value))) {
    fail(`Model Parameter ${rule.name} should be round to ${rule.precision} decimal places.`);
  }
}

function checkRange(rule: ParameterRule, value: number): void {
  if (rule.min !== undefined && value < rule.min) {
    fail(`Model Parameter ${rule.name} should be greater than or equal to ${rule.min}.`);
  }
  if (rule.max !== undefined && value > rule.max) {
    fail(`Model Parameter ${rule.name} should be less than or equal to ${rule.max}.`);
  }
}

function fail(message: string): never {
  throw new ConfigValidationError(message);
}
