/** `{{name}}` (a form variable: letter or underscore, then up to 29 more) or one of the three special slots. */
const VARIABLE = /\{\{([a-zA-Z_][a-zA-Z0-9_]{0,29}|#histories#|#query#|#context#)\}\}/g;
/** Model control tokens such as `<|im_start|>`; Dify strips them from every rendered prompt. */
const SPECIAL_TOKEN = /<\|.*?\|>/g;

export function variableKeys(template: string): string[] {
  return [...template.matchAll(VARIABLE)].map((match) => match[1]!);
}

/**
 * Fills a prompt template in one pass: each slot is replaced by its value, a slot without a value renders
 * empty, and values are inserted as they are, so `{{…}}` typed by a user is never expanded in turn.
 */
export function renderTemplate(template: string, values: Record<string, string>): string {
  const rendered = template.replace(VARIABLE, (_, key: string) => (Object.hasOwn(values, key) ? values[key]! : ''));
  return rendered.replace(SPECIAL_TOKEN, '');
}

/** Input values as prompt text: strings as they are, nothing as empty, other values as JSON. */
export function inputsAsText(inputs: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([key, value]) => [
      key,
      value === null || value === undefined ? '' : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value),
    ]),
  );
}
