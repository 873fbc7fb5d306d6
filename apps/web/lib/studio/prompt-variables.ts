/** The input form types Dify's prompt apps offer (the keys of `user_input_form` items). */
export const VARIABLE_TYPES = ['text-input', 'paragraph', 'select', 'number', 'checkbox', 'file', 'file-list'] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

export interface PromptVariable {
  type: VariableType;
  variable: string;
  label: string;
  required: boolean;
  max_length?: number;
  options?: string[];
  default?: string;
}

/** Dify's rule for a variable key: a letter or underscore, then letters, digits or underscores, 30 at most. */
const KEY = /^[a-zA-Z_][a-zA-Z0-9_]{0,29}$/;
const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;
export const DEFAULT_MAX_LENGTH = 48;

export const isVariableKey = (key: string) => KEY.test(key);

/** The variable keys a prompt names with `{{key}}`, in order of first use. Context placeholders such as `{{#context#}}` are not variables. */
export function promptVariableNames(prompt: string): string[] {
  const names: string[] = [];
  for (const match of prompt.matchAll(PLACEHOLDER)) {
    const key = match[1]!;
    if (isVariableKey(key) && !names.includes(key)) names.push(key);
  }
  return names;
}

/** Adds every variable the prompt names and the table lacks, as a required short text (what Dify does as you type). */
export function syncVariables(prompt: string, variables: PromptVariable[]): PromptVariable[] {
  const known = new Set(variables.map((v) => v.variable));
  const added = promptVariableNames(prompt)
    .filter((key) => !known.has(key))
    .map((key): PromptVariable => ({ type: 'text-input', variable: key, label: key, required: true, max_length: DEFAULT_MAX_LENGTH }));
  return added.length ? [...variables, ...added] : variables;
}

type FormItem = Record<string, Record<string, unknown>>;

/** Reads Dify's `user_input_form` (`[{ "text-input": {…} }, …]`); unknown item types are left out of the table. */
export function variablesFromForm(form: unknown[]): PromptVariable[] {
  const variables: PromptVariable[] = [];
  for (const item of form) {
    if (!item || typeof item !== 'object') continue;
    const [type, body] = Object.entries(item as FormItem)[0] ?? [];
    if (!type || !body || !(VARIABLE_TYPES as readonly string[]).includes(type)) continue;
    variables.push({
      type: type as VariableType,
      variable: String(body.variable ?? ''),
      label: String(body.label ?? body.variable ?? ''),
      required: body.required !== false,
      ...(typeof body.max_length === 'number' ? { max_length: body.max_length } : {}),
      ...(Array.isArray(body.options) ? { options: body.options.map(String) } : {}),
      ...(typeof body.default === 'string' && body.default ? { default: body.default } : {}),
    });
  }
  return variables;
}

/** Writes the table back in Dify's shape, with only the fields each type uses. */
export function formFromVariables(variables: PromptVariable[]): FormItem[] {
  return variables.map((v) => {
    const body: Record<string, unknown> = { variable: v.variable, label: v.label || v.variable, required: v.required };
    if ((v.type === 'text-input' || v.type === 'paragraph') && v.max_length) body.max_length = v.max_length;
    if (v.type === 'select') body.options = (v.options ?? []).map((o) => o.trim()).filter(Boolean);
    if (v.type === 'file' || v.type === 'file-list') {
      body.allowed_file_types = ['image', 'document'];
      body.allowed_file_upload_methods = ['local_file', 'remote_url'];
      if (v.type === 'file-list') body.max_length = v.max_length ?? 5;
    }
    if (v.default) body.default = v.default;
    return { [v.type]: body };
  });
}

/** Splits a prompt into text and `{{variable}}` runs, for the editor's highlighting layer. */
export function promptSegments(prompt: string): { text: string; variable: boolean }[] {
  const segments: { text: string; variable: boolean }[] = [];
  let last = 0;
  for (const match of prompt.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ text: prompt.slice(last, index), variable: false });
    segments.push({ text: match[0], variable: isVariableKey(match[1]!) });
    last = index + match[0].length;
  }
  if (last < prompt.length) segments.push({ text: prompt.slice(last), variable: false });
  return segments;
}
