import { and, asc, eq, inArray } from 'drizzle-orm';
import { messageFiles, type MessageFile, uploadFiles } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { guessMimeType } from '../files/mime-types';
import { signedFilePreviewUrl } from '../files/signed-url';
import { type TMessageFile } from './message-shapes';

type Upload = { name: string; mimeType: string; size: number } | null;

/** The last path segment of a link, decoded: what a remote or tool file is called. */
function nameFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const segment = new URL(url, 'http://placeholder').pathname.split('/').pop() ?? '';
    return segment ? decodeURIComponent(segment) : null;
  } catch {
    return null;
  }
}

function extensionOf(name: string | null): string {
  const dot = name?.lastIndexOf('.') ?? -1;
  return dot > 0 ? name!.slice(dot + 1).toLowerCase() : '';
}

/**
 * One file of a message as Dify lists it. An upload is linked through a freshly signed preview URL,
 * and only when it is a file of the message's own workspace; links (remote and tool files) are
 * answered as they were stored.
 */
export function presentMessageFile(deps: Pick<AppDeps, 'config' | 'now' | 'urls'>, row: MessageFile, upload: Upload): TMessageFile {
  const local = row.transferMethod === 'local_file';
  const filename = local ? upload?.name ?? null : nameFromUrl(row.url);
  return {
    id: row.id,
    filename,
    type: row.type,
    url: local ? (upload && row.uploadFileId ? signedFilePreviewUrl(deps, row.uploadFileId) : null) : row.url,
    mime_type: local ? upload?.mimeType ?? null : filename && extensionOf(filename) ? guessMimeType(extensionOf(filename)) : null,
    size: local ? upload?.size ?? null : null,
    transfer_method: row.transferMethod,
    belongs_to: row.belongsTo,
    upload_file_id: row.uploadFileId,
  };
}

/** The files of each message, oldest first, keyed by message id. */
export async function loadMessageFiles(deps: AppDeps, workspaceId: string, messageIds: string[]): Promise<Map<string, TMessageFile[]>> {
  const byMessage = new Map<string, TMessageFile[]>();
  if (messageIds.length === 0) return byMessage;
  const rows = await deps.db
    .select({ file: messageFiles, upload: { name: uploadFiles.name, mimeType: uploadFiles.mimeType, size: uploadFiles.size } })
    .from(messageFiles)
    .leftJoin(uploadFiles, and(eq(uploadFiles.id, messageFiles.uploadFileId), eq(uploadFiles.workspaceId, workspaceId)))
    .where(and(inArray(messageFiles.messageId, messageIds), eq(messageFiles.workspaceId, workspaceId)))
    .orderBy(asc(messageFiles.createdAt), asc(messageFiles.id));
  for (const { file, upload } of rows) {
    const list = byMessage.get(file.messageId) ?? [];
    list.push(presentMessageFile(deps, file, upload));
    byMessage.set(file.messageId, list);
  }
  return byMessage;
}
