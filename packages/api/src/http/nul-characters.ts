import { type AppError, errors } from '../errors';

/**
 * Postgres text cannot hold U+0000, so a NUL that reached a query would fail there as a 500.
 * Every surface refuses it at the door instead: procedure inputs, plain-route inputs, multipart
 * field values and file names. Walks iteratively, so a deeply nested body cannot exhaust the stack.
 */
export function findNulField(value: unknown): string | null {
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push([item, path ? `${path}.${index}` : String(index)]));
    } else if (current !== null && typeof current === 'object' && !(current instanceof Blob)) {
      for (const [key, item] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (key.includes('\u0000')) return path || key;
        stack.push([item, childPath]);
      }
    }
  }
  return null;
}

export function nulCharacterError(field: string): AppError {
  const where = field ? `${field}: ` : '';
  return errors.invalidParam(`${where}must not contain NUL characters.`, field);
}

export function assertNoNulCharacters(value: unknown): void {
  const field = findNulField(value);
  if (field !== null) throw nulCharacterError(field);
}
