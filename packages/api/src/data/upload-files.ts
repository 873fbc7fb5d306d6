import { and, eq, inArray } from 'drizzle-orm';
import { type Queryable, type UploadFile, uploadFiles } from '@tessera/db';
import { UUID } from '../validation';

export type NewUploadRow = Omit<typeof uploadFiles.$inferInsert, 'id' | 'workspaceId'>;

/**
 * A workspace's uploaded files. Every query filters by the workspace the store was built for;
 * malformed ids simply find nothing.
 */
export function uploadFilesStore(db: Queryable, workspaceId: string) {
  return {
    async find(fileId: string): Promise<UploadFile | undefined> {
      if (!UUID.test(fileId)) return undefined;
      const [row] = await db
        .select()
        .from(uploadFiles)
        .where(and(eq(uploadFiles.id, fileId), eq(uploadFiles.workspaceId, workspaceId)))
        .limit(1);
      return row;
    },

    /** Which of these ids are the workspace's uploads. */
    async ownedIds(fileIds: string[]): Promise<Set<string>> {
      const valid = fileIds.filter((id) => UUID.test(id));
      if (valid.length === 0) return new Set();
      const rows = await db
        .select({ id: uploadFiles.id })
        .from(uploadFiles)
        .where(and(inArray(uploadFiles.id, valid), eq(uploadFiles.workspaceId, workspaceId)));
      return new Set(rows.map((row) => row.id));
    },

    async insert(values: NewUploadRow): Promise<UploadFile> {
      const [row] = await db
        .insert(uploadFiles)
        .values({ ...values, workspaceId })
        .returning();
      if (!row) throw new Error('upload insert returned nothing');
      return row;
    },
  };
}
