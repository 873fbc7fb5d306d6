import { sql, type SQL } from 'drizzle-orm';
import { type Database, queryRows } from '@tessera/db';
import { searchTerms } from './search-terms';
import { hasPgvector } from './vector-support';

export interface NodeHit {
  nodeId: string;
  segmentId: string;
  childChunkId: string | null;
  score: number;
}

export interface SearchScope {
  workspaceId: string;
  datasetIds: string[];
  /** Only these documents (a metadata filter's allow-list); null for every document. */
  documentIds: string[] | null;
}

/** Entries in scope: the workspace's datasets, and only the allowed documents when there is a filter. */
function entryFilter(scope: SearchScope): SQL {
  const datasets = sql.join(scope.datasetIds.map((id) => sql`${id}::uuid`), sql`, `);
  const documents = scope.documentIds ? sql` and e.document_id in (${sql.join(scope.documentIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  return sql`e.workspace_id = ${scope.workspaceId} and e.dataset_id in (${datasets})${documents}`;
}

/** Entries of enabled, completed segments of enabled, unarchived documents in scope. */
function scopeFilter(scope: SearchScope): SQL {
  return sql`${entryFilter(scope)} and ${LIVE}`;
}

const LIVE = sql`s.enabled and s.status = 'completed' and d.enabled and not d.archived`;

const FROM = sql`from segment_index_entries e
  join document_segments s on s.id = e.segment_id
  join dataset_documents d on d.id = e.document_id`;

const toHits = (rows: { node_id: string; segment_id: string; child_chunk_id: string | null; score: number | string }[]): NodeHit[] =>
  rows.map((r) => ({ nodeId: r.node_id, segmentId: r.segment_id, childChunkId: r.child_chunk_id, score: Number(r.score) }));

/**
 * Full-text search: the query cut into words as the index was, any word matching, ranked by
 * cover density scaled into 0..1 (`rank / (rank + 1)`).
 */
export async function fullTextSearch(db: Database, scope: SearchScope, query: string, limit: number): Promise<NodeHit[]> {
  if (scope.datasetIds.length === 0 || scope.documentIds?.length === 0) return [];
  const terms = [...new Set(searchTerms(query))].slice(0, 32);
  if (terms.length === 0) return [];
  const tsquery = sql.join(terms.map((t) => sql`plainto_tsquery('simple', ${t})`), sql` || `);
  // Ranked on the index entries alone, then checked against their segment and document in rank
  // order (`offset 0` keeps the ranking a separate step): joining first made the planner hash
  // every segment of the workspace for each search.
  const rows = await queryRows<{ node_id: string; segment_id: string; child_chunk_id: string | null; score: number }>(
    db,
    sql`select r.node_id, r.segment_id, r.child_chunk_id, r.score
      from (
        select e.node_id, e.segment_id, e.child_chunk_id, e.document_id, ts_rank_cd(e.search_text, q.query, 32) as score
        from segment_index_entries e, (select ${tsquery} as query) q
        where ${entryFilter(scope)} and e.search_text @@ q.query
        order by score desc, e.node_id offset 0
      ) r
      join document_segments s on s.id = r.segment_id
      join dataset_documents d on d.id = r.document_id
      where ${LIVE}
      order by r.score desc, r.node_id limit ${limit}`,
  );
  return toHits(rows);
}

/**
 * Vector search by cosine similarity (vectors are stored unit length). With pgvector the distance
 * operator on `vector(n)` can use the per-dimension HNSW index; without it the same similarity is
 * the dot product over the float arrays, computed exactly.
 */
export async function vectorSearch(db: Database, scope: SearchScope, vector: number[], limit: number): Promise<NodeHit[]> {
  if (scope.datasetIds.length === 0 || scope.documentIds?.length === 0 || vector.length === 0) return [];
  const dims = vector.length;
  const filter = sql`${scopeFilter(scope)} and e.dimensions = ${dims}`;
  let query: SQL;
  if (await hasPgvector(db)) {
    const literal = `[${vector.join(',')}]`;
    const distance = sql`(e.embedding::vector(${sql.raw(String(dims))}) <=> ${literal}::vector(${sql.raw(String(dims))}))`;
    query = sql`select e.node_id, e.segment_id, e.child_chunk_id, 1 - ${distance} as score ${FROM} where ${filter} order by ${distance}, e.node_id limit ${limit}`;
  } else {
    const literal = `{${vector.join(',')}}`;
    const dot = sql`(select sum(a * b) from unnest(e.embedding, ${literal}::real[]) as t(a, b))`;
    query = sql`select e.node_id, e.segment_id, e.child_chunk_id, ${dot} as score ${FROM} where ${filter} order by score desc, e.node_id limit ${limit}`;
  }
  return toHits(await queryRows(db, query));
}
