import { and, eq } from 'drizzle-orm';
import { messageFiles, messages, type UploadFile, uploadFiles } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { UUID } from '../../validation';

export const fileNotFound = () => errors.notFound('file_not_found', 'The requested file was not found.');
const accessDenied = () => errors.notPermitted('file_access_denied', 'Access to the requested file is denied.');

export interface PreviewScope {
  workspaceId: string;
  appId: string;
  /** Set when the caller named an end user: only files on that end user's messages. */
  endUserId?: string;
}

/**
 * The upload `GET /v1/files/{file_id}/preview` may send: one attached to a message of this app.
 * As in Dify, a file on another app's messages is 403 `file_access_denied` and one on no message
 * 404 `file_not_found`; unlike Dify, a file of another workspace is 404 too (its existence is not
 * told across tenants), and so is one on another end user's messages when an end user is named.
 */
export async function findPreviewableUpload(deps: AppDeps, scope: PreviewScope, fileId: string): Promise<UploadFile> {
  if (!UUID.test(fileId)) throw fileNotFound();
  const attachments = await deps.db
    .select({ appId: messages.appId, endUserId: messages.fromEndUserId })
    .from(messageFiles)
    .innerJoin(messages, and(eq(messages.id, messageFiles.messageId), eq(messages.workspaceId, scope.workspaceId)))
    .where(and(eq(messageFiles.uploadFileId, fileId), eq(messageFiles.workspaceId, scope.workspaceId)));
  const onThisApp = attachments.filter((row) => row.appId === scope.appId);
  if (onThisApp.length === 0) throw attachments.length > 0 ? accessDenied() : fileNotFound();
  if (scope.endUserId && !onThisApp.some((row) => row.endUserId === scope.endUserId)) throw fileNotFound();
  const [file] = await deps.db
    .select()
    .from(uploadFiles)
    .where(and(eq(uploadFiles.id, fileId), eq(uploadFiles.workspaceId, scope.workspaceId)))
    .limit(1);
  if (!file) throw fileNotFound();
  return file;
}
