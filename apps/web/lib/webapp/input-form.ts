/** The app's input form (Dify's `user_input_form`: single-key objects, the key being the field type). */
export type FieldType = 'text-input' | 'paragraph' | 'select' | 'number' | 'checkbox';

export interface FormField {
  type: FieldType;
  variable: string;
  label: string;
  required: boolean;
  maxLength?: number;
  options: string[];
  defaultValue?: string | number | boolean;
}

const SUPPORTED = new Set<string>(['text-input', 'paragraph', 'select', 'number', 'checkbox']);

export function formFields(form: Record<string, Record<string, unknown>>[]): FormField[] {
  const fields: FormField[] = [];
  for (const entry of form) {
    const [type, raw] = Object.entries(entry)[0] ?? [];
    if (!type || !raw || !SUPPORTED.has(type) || raw.hide === true) continue;
    const variable = String(raw.variable ?? '');
    if (!variable) continue;
    fields.push({
      type: type as FieldType,
      variable,
      label: typeof raw.label === 'string' && raw.label ? raw.label : variable,
      required: raw.required !== false,
      maxLength: typeof raw.max_length === 'number' && raw.max_length > 0 ? raw.max_length : undefined,
      options: Array.isArray(raw.options) ? raw.options.map(String) : [],
      defaultValue: raw.default as FormField['defaultValue'],
    });
  }
  return fields;
}

export function initialInputs(fields: FormField[], preset: Record<string, string> = {}): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const field of fields) {
    const given = preset[field.variable];
    if (given !== undefined) inputs[field.variable] = field.type === 'checkbox' ? given === 'true' : given;
    else if (field.defaultValue !== undefined && field.defaultValue !== '') inputs[field.variable] = field.defaultValue;
    else if (field.type === 'checkbox') inputs[field.variable] = false;
  }
  return inputs;
}

/** The first required field left empty, to point the visitor at it before anything is sent. */
export function firstMissing(fields: FormField[], inputs: Record<string, unknown>): FormField | undefined {
  return fields.find((field) => {
    if (!field.required || field.type === 'checkbox') return false;
    const value = inputs[field.variable];
    return value === undefined || value === null || String(value).trim() === '';
  });
}
