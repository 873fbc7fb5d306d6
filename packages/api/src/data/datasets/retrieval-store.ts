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
     * segment counts a hit, in one statement: one round trip, and neither write happens without the other.
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
      const ids = segmentIds.length ? sql.join(segmentIds.map((id) => sql`${id}::uuid`), sql`, `) : sql`null::uuid`;
      await queryRows(
        db,
        sql`with logged as (
            insert into dataset_queries (workspace_id, dataset_id, content, source, source_app_id, created_by_role, created_by, queries, created_at)
            values ${rows}
          )
          update document_segments set hit_count = hit_count + 1, updated_at = ${records[0]!.createdAt.toISOString()}::timestamptz
          where workspace_id = ${workspaceId}::uuid and id in (${ids})`,
      );
    },
  };
}

export type SegmentWithDocument = Awaited<ReturnType<ReturnType<typeof retrievalStore>['segmentsWithDocuments']>>[number];
