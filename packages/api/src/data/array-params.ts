import { type SQL, sql } from 'drizzle-orm';

/** A value that can stand in a Postgres array literal; null is SQL NULL. */
export type ArrayElement = string | number | boolean | null;

/**
 * A Postgres array literal (`{"a","b"}`) for one column of a batch. Every element is quoted, so
 * commas, braces, spaces and the word NULL stay text; only `"` and `\` need escaping inside quotes.
 * Strings may not hold U+0000 (Postgres text refuses it anyway).
 */
export function arrayLiteral(values: readonly ArrayElement[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const value = values[i];
    if (value === null) out += 'NULL';
    else if (typeof value === 'string') out += `"${value.replace(/["\\]/g, '\\$&')}"`;
    else if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
    else out += `"${String(value)}"`;
  }
  return `${out}}`;
}

/** The element types the batched statements use; the name goes into the SQL as written. */
export type ArrayElementType = 'uuid' | 'integer' | 'real' | 'numeric' | 'text' | 'jsonb' | 'timestamptz';

/**
 * One batch column as a single bound parameter of type `elementType[]`. The literal travels as
 * text and Postgres parses it, so the statement's text and parameter count stay the same however
 * many rows the batch has, and both drivers (PGlite, postgres.js) send the same bytes: neither
 * driver's own array serialiser is involved.
 */
export function arrayParam(values: readonly ArrayElement[], elementType: ArrayElementType): SQL {
  return sql`(${arrayLiteral(values)}::text)::${sql.raw(elementType)}[]`;
}
