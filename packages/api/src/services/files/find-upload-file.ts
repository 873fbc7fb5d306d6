import { and, eq } from 'drizzle-orm';
import { type Database, type UploadFile, uploadFiles } from '@tessera/db';
import { UUID } from '../../validation';

/** The upload with this id in this workspace; malformed ids simply find nothing. */
export async function findWorkspaceUploadFile(db: Database, workspaceId: string, fileId: string): Promise<UploadFile | undefined> {
  if (!UUID.test(fileId)) return undefined;
  const [row] = await db
    .select()
    .from(uploadFiles)
    .where(and(eq(uploadFiles.id, fileId), eq(uploadFiles.workspaceId, workspaceId)))
    .limit(1);
  return row;
}

/** The upload with this id in any workspace: only for callers that hold a signature for it. */
export async function findUploadFileById(db: Database, fileId: string): Promise<UploadFile | undefined> {
  if (!UUID.test(fileId)) return undefined;
  const [row] = await db.select().from(uploadFiles).where(eq(uploadFiles.id, fileId)).limit(1);
  return row;
}
