import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '@tessera/db';

const support = new WeakMap<Database, Promise<boolean>>();
const indexed = new WeakMap<Database, Set<number>>();

/** Whether pgvector is installed in this database (PGlite and production: yes; the CI server: no). */
export function hasPgvector(db: Database): Promise<boolean> {
  let known = support.get(db);
  if (!known) {
    known = queryRows<{ present: boolean }>(db, sql`select exists (select 1 from pg_extension where extname = 'vector') as present`).then(
      (rows) => rows[0]?.present === true,
    );
    support.set(db, known);
  }
  return known;
}

/**
 * pgvector's HNSW index needs a fixed dimension, while each embedding model has its own: one
 * partial index per dimension, over the float array cast to `vector(n)`, made the first time
 * vectors of that size are stored.
 */
export async function ensureVectorIndex(db: Database, dimensions: number): Promise<void> {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 2000 || !(await hasPgvector(db))) return;
  const done = indexed.get(db) ?? new Set<number>();
  indexed.set(db, done);
  if (done.has(dimensions)) return;
  await db.execute(
    sql.raw(
      `create index if not exists segment_index_entries_hnsw_${dimensions} on segment_index_entries ` +
        `using hnsw ((embedding::vector(${dimensions})) vector_cosine_ops) where dimensions = ${dimensions}`,
    ),
  );
  done.add(dimensions);
}
