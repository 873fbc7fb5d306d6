import { formVariables, type FormVariable, type TUserInputForm } from '../config/user-input-form';
import { InputValidationError } from '../errors';
import { isRecord, pyList } from '../json';
import { characterCount, coerceCheckbox, coerceNumber } from './coerce';

/**
 * Turns one FileInput entry (contract §4.2) into whatever the caller keeps for a file, checking it against the
 * variable's allowed types, extensions and transfer methods; throws InputValidationError when it does not fit.
 */
export type FileResolver = (entry: Record<string, unknown>, variable: FormVariable) => unknown | Promise<unknown>;

export interface ValidateInputsOptions {
  resolveFile?: FileResolver;
}

/**
 * Checks request `inputs` against the app's form the way Dify does on every generation request (§4.3): the
 * result holds exactly the form's variables (extra keys dropped), defaults for what was left out, numbers and
 * checkboxes coerced, files resolved, and NUL characters stripped from text.
 */
export async function validateInputs(
  form: TUserInputForm,
  inputs: Record<string, unknown> | null | undefined,
  options: ValidateInputsOptions = {},
): Promise<Record<string, unknown>> {
  const given = inputs ?? {};
  const variables = formVariables(form).filter((variable) => variable.kind !== 'external_data_tool');
  const result: Record<string, unknown> = {};
  for (const variable of variables) {
    const value = sanitize(checkValue(variable, given[variable.variable]));
    result[variable.variable] = await resolveFiles(variable, value, options.resolveFile);
  }
  rejectStrayObjects(variables, result);
  return result;
}

function checkValue(variable: FormVariable, raw: unknown): unknown {
  const name = variable.variable;
  let value = raw;
  if (value === undefined || value === null) {
    if (variable.required) fail(`${name} is required in input form`);
    value = variable.default;
    if (value === undefined || value === null) return null;
  }
  const isFile = variable.kind === 'file' || variable.kind === 'file-list';
  if (isFile && !variable.required && value === '') return null;
  if (['text-input', 'select', 'paragraph'].includes(variable.kind) && typeof value !== 'string') {
    fail(`(type '${variable.kind}') ${name} in input form must be a string`);
  }
  switch (variable.kind) {
    case 'number':
      return checkNumber(name, value);
    case 'select':
      if (!(variable.options ?? []).includes(value as string)) {
        fail(`${name} in input form must be one of the following: ${pyList(variable.options ?? [])}`);
      }
      return value;
    case 'text-input':
    case 'paragraph':
      if (variable.max_length && characterCount(value as string) > variable.max_length) {
        fail(`${name} in input form must be less than ${variable.max_length} characters`);
      }
      return value;
    case 'file':
      if (!isRecord(value)) fail(`${name} in input form must be a file`);
      return value;
    case 'file-list':
      if (!Array.isArray(value) || !value.every(isRecord)) fail(`${name} in input form must be a list of files`);
      if (variable.max_length && value.length > variable.max_length) {
        fail(`${name} in input form must be less than ${variable.max_length} files`);
      }
      return value;
    case 'checkbox':
      return coerceCheckbox(value);
    case 'json_object':
      if (value && !isRecord(value)) fail(`${name} in input form must be a dict`);
      return value;
    default:
      return value;
  }
}

function checkNumber(name: string, value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const number = coerceNumber(value);
    if (number !== undefined) return number;
  }
  return fail(`${name} in input form must be a valid number`);
}

async function resolveFiles(variable: FormVariable, value: unknown, resolve: FileResolver | undefined): Promise<unknown> {
  if (!resolve || value === null) return value;
  if (variable.kind === 'file' && isRecord(value)) return resolve(value, variable);
  if (variable.kind === 'file-list' && Array.isArray(value)) {
    return Promise.all(value.map((entry) => resolve(entry as Record<string, unknown>, variable)));
  }
  return value;
}

/** An object or a list of objects is only acceptable where the form asks for a file or a JSON object. */
function rejectStrayObjects(variables: FormVariable[], values: Record<string, unknown>): void {
  const kinds = new Map(variables.map((variable) => [variable.variable, variable.kind]));
  const strayObjects = Object.entries(values)
    .filter(([key, value]) => isRecord(value) && !['file', 'json_object', 'file-list'].includes(kinds.get(key)!))
    .map(([key]) => key);
  if (strayObjects.length > 0) fail(`Invalid input type for ${pyList(strayObjects)}`);
  const strayLists = Object.entries(values)
    .filter(([key, value]) => Array.isArray(value) && value.some(isRecord) && kinds.get(key) !== 'file-list')
    .map(([key]) => key);
  if (strayLists.length > 0) fail(`Invalid input type for ${pyList(strayLists)}`);
}

function sanitize(value: unknown): unknown {
  return typeof value === 'string' ? value.replaceAll('\u0000', '') : value;
}

function fail(message: string): never {
  throw new InputValidationError(message);
}
