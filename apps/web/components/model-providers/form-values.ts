import { type FormOption, type FormSchema, type ShowOn } from './provider-types';

/** Form state: every field kept as the string its input shows. */
export type FormValues = Record<string, string>;

/** Dify's model forms show some fields and options only for one model type through this pseudo-variable. */
export const MODEL_TYPE_VARIABLE = '__model_type';

const CHOICE_TYPES = new Set(['select', 'radio']);

export function conditionsMet(showOn: ShowOn[] | null | undefined, values: FormValues): boolean {
  return (showOn ?? []).every((condition) => (values[condition.variable] ?? '') === condition.value);
}

export function visibleFields(schemas: FormSchema[], values: FormValues): FormSchema[] {
  return schemas.filter((field) => conditionsMet(field.show_on, values));
}

export function visibleOptions(field: FormSchema, values: FormValues): FormOption[] {
  return (field.options ?? []).filter((option) => conditionsMet(option.show_on, values));
}

function asText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value : String(value);
}

/** Saved values win over defaults; secrets come back masked and stay masked so the server keeps them. */
export function initialValues(schemas: FormSchema[], saved?: Record<string, unknown> | null): FormValues {
  const values: FormValues = {};
  for (const field of schemas) {
    const value = asText(saved?.[field.variable]) ?? asText(field.default) ?? (field.type === 'switch' ? 'false' : '');
    values[field.variable] = value;
  }
  return values;
}

/** The value a field really submits: hidden fields and choices no longer offered count as empty. */
function effectiveValue(field: FormSchema, values: FormValues): string {
  const value = (values[field.variable] ?? '').trim();
  if (!value || !CHOICE_TYPES.has(field.type)) return value;
  return visibleOptions(field, values).some((option) => option.value === value) ? value : '';
}

export function missingRequired(schemas: FormSchema[], values: FormValues): string[] {
  return visibleFields(schemas, values)
    .filter((field) => field.required && !effectiveValue(field, values))
    .map((field) => field.variable);
}

/** Visible, non-empty fields only, so optional fields left blank do not reach the server as empty strings. */
export function toCredentials(schemas: FormSchema[], values: FormValues): Record<string, string> {
  const credentials: Record<string, string> = {};
  for (const field of visibleFields(schemas, values)) {
    const value = effectiveValue(field, values);
    if (value) credentials[field.variable] = value;
  }
  return credentials;
}
