import type { CredentialFormSchema, Credentials, FormShowOn, ModelType } from '../types';
import { MODEL_TYPE_VARIABLE } from './forms';
import { catalogEntry } from './registry';

export type CredentialScope = 'provider' | 'model';

/** Form fields typed as text that hold numbers (Dify's forms have no number type). */
const NUMERIC_VARIABLES = new Set([
  'context_size',
  'max_tokens_to_sample',
  'max_tokens',
  'max_chunks',
  'input_price',
  'output_price',
  'unit',
]);

export function credentialSchemaFor(provider: string, scope: CredentialScope): CredentialFormSchema[] {
  const definition = catalogEntry(provider)?.definition;
  const schema = scope === 'provider' ? definition?.provider_credential_schema : definition?.model_credential_schema;
  return schema?.credential_form_schemas ?? [];
}

/** The fields stored encrypted and masked when credentials are shown back. */
export function secretVariables(provider: string, scope: CredentialScope): string[] {
  return credentialSchemaFor(provider, scope)
    .filter((field) => field.type === 'secret-input')
    .map((field) => field.variable);
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** true: shown; false: hidden; undefined: depends on a model type the caller did not give. */
function isShown(
  showOn: FormShowOn[] | undefined,
  credentials: Credentials,
  modelType?: ModelType,
): boolean | undefined {
  let shown: boolean | undefined = true;
  for (const condition of showOn ?? []) {
    if (condition.variable === MODEL_TYPE_VARIABLE) {
      if (modelType === undefined) shown = undefined;
      else if (modelType !== condition.value) return false;
    } else if (String(credentials[condition.variable] ?? '') !== condition.value) {
      return false;
    }
  }
  return shown;
}

function fieldError(
  field: CredentialFormSchema,
  value: unknown,
  credentials: Credentials,
  modelType?: ModelType,
): string | null {
  const name = field.variable;
  if (field.type === 'switch') {
    const isBoolean = value === true || value === false || value === 'true' || value === 'false';
    return isBoolean ? null : `${name} must be true or false`;
  }
  if (field.type === 'select' || field.type === 'radio') {
    const allowed = (field.options ?? [])
      .filter((o) => isShown(o.show_on, credentials, modelType) !== false)
      .map((o) => o.value);
    return allowed.includes(String(value)) ? null : `${name} must be one of ${allowed.join(', ')}`;
  }
  if (NUMERIC_VARIABLES.has(name)) {
    const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
    if (!Number.isFinite(number)) return `${name} must be a number`;
    return number < 0 ? `${name} must not be negative` : null;
  }
  if (typeof value !== 'string') return `${name} must be a string`;
  if (field.max_length && value.length > field.max_length) {
    return `${name} must be at most ${field.max_length} characters`;
  }
  return null;
}

/**
 * Checks a credentials form before anything is stored or sent upstream: required fields present
 * (a field with a default may be left out), choices among the offered options, numbers numeric.
 * Returns the first problem, or null.
 * Give `modelType` for model credentials so fields shown only for other model types are skipped.
 */
export function validateCredentialShape(
  provider: string,
  scope: CredentialScope,
  credentials: Credentials,
  modelType?: ModelType,
): string | null {
  if (!catalogEntry(provider)) return `Unknown model provider: ${provider}`;
  for (const field of credentialSchemaFor(provider, scope)) {
    const shown = isShown(field.show_on, credentials, modelType);
    if (shown === false) continue;
    const value = credentials[field.variable];
    if (isEmpty(value)) {
      if (field.required && shown && isEmpty(field.default)) return `${field.variable} is required`;
      continue;
    }
    const error = fieldError(field, value, credentials, modelType);
    if (error) return error;
  }
  return null;
}

/** A copy of the credentials with each empty field that has a default set to it, as Dify's forms do. */
export function applyCredentialDefaults(
  provider: string,
  scope: CredentialScope,
  credentials: Credentials,
): Credentials {
  const filled: Credentials = { ...credentials };
  for (const field of credentialSchemaFor(provider, scope)) {
    if (isEmpty(filled[field.variable]) && !isEmpty(field.default)) filled[field.variable] = field.default;
  }
  return filled;
}
