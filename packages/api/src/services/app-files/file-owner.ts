import { and, eq, or, type SQL } from 'drizzle-orm';
import { type Queryable, type UploadFile, uploadFiles } from '@tessera/db';
import { UUID } from '../../validation';

/**
 * Who is naming an upload in a request. Dify lets any upload of the workspace be used by id; Tessera
 * narrows that: an end user's upload is usable only by that end user (who belongs to one app), an
 * operator's upload by the workspace. Operators never reach end users' uploads through a file id.
 */
export type FileOwner =
  | { kind: 'end_user'; workspaceId: string; appId: string; endUserId: string }
  | { kind: 'account'; workspaceId: string; accountId: string };

/** The rows `owner` may use: always this workspace's, and end users' only their own. */
export function usableUploadCondition(owner: FileOwner): SQL {
  const operatorUploads = eq(uploadFiles.createdByRole, 'account');
  const visible =
    owner.kind === 'end_user'
      ? or(operatorUploads, and(eq(uploadFiles.createdByRole, 'end_user'), eq(uploadFiles.createdBy, owner.endUserId)))!
      : operatorUploads;
  return and(eq(uploadFiles.workspaceId, owner.workspaceId), visible)!;
}

/** The upload `owner` may use, or undefined for an unknown id and for anyone else's upload alike. */
export async function findUsableUpload(db: Queryable, owner: FileOwner, fileId: string): Promise<UploadFile | undefined> {
  if (!UUID.test(fileId)) return undefined;
  const [row] = await db
    .select()
    .from(uploadFiles)
    .where(and(eq(uploadFiles.id, fileId), usableUploadCondition(owner)))
    .limit(1);
  return row;
}
