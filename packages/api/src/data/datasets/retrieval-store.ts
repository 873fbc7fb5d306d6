import { and, eq, inArray, sql } from 'drizzle-orm';
import { childChunks, type ChildChunk, type Database, datasetDocuments, documentSegments, queryRows } from '@tessera/db';

export interface RetrievalQueryRecord {
  datasetId: string;
  query: string;
  source: 'hit_testing' | 'app';
  sourceAppId?: string | null;
  createdByRole: 'account' | 'end_user';
  createdBy: string;
  createdAt: Date;
}

/** What a retrieval reads and writes in one workspace, each in as few round trips as it can. */
export function retrievalStore(db: Database, workspaceId: string) {
  return {
    /** The found segments with the fields of their documents a record shows, in one query. */
    async segmentsWithDocuments(segmentIds: string[]) {
      if (segmentIds.length === 0) return [];
      return db
        .select({
          segment: documentSegments,
          document: {
            id: datasetDocuments.id,
            dataSourceType: datasetDocuments.dataSourceType,
            name: datasetDocuments.name,
            docType: datasetDocuments.docType,
            docMetadata: datasetDocuments.docMetadata,
          },
        })
        .from(documentSegments)
        .innerJoin(datasetDocuments, and(eq(datasetDocuments.id, documentSegments.documentId), eq(datasetDocuments.workspaceId, workspaceId)))
        .where(and(eq(documentSegments.workspaceId, workspaceId), inArray(documentSegments.id, segmentIds)));
    },

    async childChunks(ids: string[]): Promise<ChildChunk[]> {
      if (ids.length === 0) return [];
      return db.select().from(childChunks).where(and(eq(childChunks.workspaceId, workspaceId), inArray(childChunks.id, ids)));
    },

    /**
     * The searches join their datasets' history (one row per dataset searched) and each returned
     * segment counts a hit, in one statement: one round trip, and neither write happens without the
     * other. A segment listed n times (several searches in one batch found it) counts n hits.
     */
    async recordQueries(records: RetrievalQueryRecord[], segmentIds: string[]): Promise<void> {
      if (records.length === 0) return;
      const rows = sql.join(
        records.map(
          (record) => sql`(${workspaceId}::uuid, ${record.datasetId}::uuid, ${record.query}, ${record.source}, ${record.sourceAppId ?? null}::uuid,
            ${record.createdByRole}, ${record.createdBy}::uuid, ${JSON.stringify([{ content_type: 'text_query', content: record.query }])}::jsonb,
            ${record.createdAt.toISOString()}::timestamptz)`,
        ),
        sql`, `,
      );
      const counts = new Map<string, number>();
      for (const id of segmentIds) counts.set(id, (counts.get(id) ?? 0) + 1);
      const hits = counts.size
        ? sql.join([...counts].map(([id, n]) => sql`(${id}::uuid, ${n}::int)`), sql`, `)
        : sql`(null::uuid, 0)`;
      const updatedAt = records[records.length - 1]!.createdAt.toISOString();
      // Only datasets that still exist: a search written after its answer may outlive its dataset,
      // and one such row must not fail the others written with it.
      await queryRows(
        db,
        sql`with logged as (
            insert into dataset_queries (workspace_id, dataset_id, content, source, source_app_id, created_by_role, created_by, queries, created_at)
            select v.* from (values ${rows}) as v(workspace_id, dataset_id, content, source, source_app_id, created_by_role, created_by, queries, created_at)
            where exists (select 1 from datasets ds where ds.id = v.dataset_id and ds.workspace_id = v.workspace_id)
          )
          update document_segments s set hit_count = s.hit_count + h.n, updated_at = ${updatedAt}::timestamptz
          from (values ${hits}) as h(id, n)
          where s.workspace_id = ${workspaceId}::uuid and s.id = h.id`,
      );
    },
  };
}

export type SegmentWithDocument = Awaited<ReturnType<ReturnType<typeof retrievalStore>['segmentsWithDocuments']>>[number];
