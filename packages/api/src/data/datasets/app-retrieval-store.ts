import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Database, datasetQueries, documentSegments } from '@tessera/db';

export interface AppQueryRecord {
  datasetId: string;
  appId: string;
  query: string;
  createdByRole: 'account' | 'end_user';
  createdBy: string;
  createdAt: Date;
}

/** What an app's retrieval writes in one workspace: the datasets' query history and segment hit counts. */
export function appRetrievalStore(db: Database, workspaceId: string) {
  return {
    async recordQueries(records: AppQueryRecord[]): Promise<void> {
      if (records.length === 0) return;
      await db.insert(datasetQueries).values(
        records.map((record) => ({
          workspaceId,
          datasetId: record.datasetId,
          content: record.query,
          source: 'app',
          sourceAppId: record.appId,
          createdByRole: record.createdByRole,
          createdBy: record.createdBy,
          queries: [{ content_type: 'text_query', content: record.query }],
          createdAt: record.createdAt,
        })),
      );
    },

    async countHits(segmentIds: string[]): Promise<void> {
      if (segmentIds.length === 0) return;
      await db
        .update(documentSegments)
        .set({ hitCount: sql`${documentSegments.hitCount} + 1` })
        .where(and(eq(documentSegments.workspaceId, workspaceId), inArray(documentSegments.id, segmentIds)));
    },
  };
}
