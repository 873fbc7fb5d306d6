import { type AnyColumn, asc, desc, type SQL, sql } from 'drizzle-orm';

export type Direction = 'asc' | 'desc';

/**
 * Where a keyset page resumes: the reference row's sort value, read as text so the database's
 * microseconds survive (a JS Date keeps milliseconds), and its id, which breaks ties so rows that
 * share a timestamp are neither skipped nor repeated.
 */
export interface KeysetReference {
  value: string;
  id: string;
}

/** The sort value to select for a reference row. */
export const keysetValue = (column: AnyColumn) => sql<string>`${column}::text`;

/** Rows that come after the reference in (column, id) order. */
export function afterReference(column: AnyColumn, idColumn: AnyColumn, reference: KeysetReference, direction: Direction): SQL {
  const operator = direction === 'desc' ? sql`<` : sql`>`;
  return sql`(${column}, ${idColumn}) ${operator} (${reference.value}::timestamptz, ${reference.id}::uuid)`;
}

/** ORDER BY for (column, id) in one direction. */
export function keysetOrder(column: AnyColumn, idColumn: AnyColumn, direction: Direction): SQL[] {
  const order = direction === 'desc' ? desc : asc;
  return [order(column), order(idColumn)];
}
