/** Dify reads a checkbox from booleans, 1/0 and the usual words; anything else is left as sent. */
export function coerceCheckbox(value: unknown): unknown {
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(word)) return true;
    if (['false', '0', 'no', 'off'].includes(word)) return false;
    return value;
  }
  if (typeof value === 'number') {
    if (value === 1) return true;
    if (value === 0) return false;
  }
  return value;
}

const INTEGER = /^\s*[+-]?\d+\s*$/;
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * A number field takes numbers, or text Python's int()/float() would read ("" is no value).
 * Returns `undefined` for text that is not a number.
 */
export function coerceNumber(value: string): number | null | undefined {
  if (value.trim() === '') return null;
  const pattern = value.includes('.') ? DECIMAL : INTEGER;
  return pattern.test(value) ? Number(value) : undefined;
}

/** Python's len(): code points, so an emoji counts once. */
export function characterCount(text: string): number {
  return [...text].length;
}
