import { and, eq } from 'drizzle-orm';
import { type Database, type SegmentImportStatus, segmentImportJobs } from '@tessera/db';

/** A workspace's segments CSV imports; a job id of another workspace finds nothing. */
export function segmentImportStore(db: Database, workspaceId: string) {
  const own = (jobId: string) => and(eq(segmentImportJobs.workspaceId, workspaceId), eq(segmentImportJobs.id, jobId));
  return {
    async create(values: { id: string; datasetId: string; documentId: string; uploadFileId: string; createdBy: string }): Promise<void> {
      await db.insert(segmentImportJobs).values({ ...values, workspaceId, status: 'waiting' });
    },

    async find(jobId: string) {
      const [row] = await db.select().from(segmentImportJobs).where(own(jobId));
      return row;
    },

    async setStatus(jobId: string, status: SegmentImportStatus, details: { segments?: number; error?: string } = {}): Promise<void> {
      await db
        .update(segmentImportJobs)
        .set({ status, segments: details.segments ?? null, error: details.error ?? null })
        .where(own(jobId));
    },
  };
}
