import { createHash, randomUUID } from 'node:crypto';
import { isDocumentExtension } from '@tessera/extract';
import { type UploadFile } from '@tessera/db';
import { uploadFilesStore } from '../../data/upload-files';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { assertValidFilename, fileExtension, truncateFilename } from './filename';
import { DEFAULT_MIME_TYPE, guessMimeType } from './mime-types';
import { bytesFromMb, sizeLimitMb } from './upload-limits';

/** Who owns the new file: the workspace it belongs to and the account or end user who sent it. */
export interface Uploader {
  workspaceId: string;
  createdBy: string;
  createdByRole: 'account' | 'end_user';
}

export interface UploadInput {
  filename: string;
  data: Uint8Array;
  /** The part's Content-Type; guessed from the extension when absent or the generic octet-stream. */
  mimeType?: string;
  /** `datasets` restricts the upload to document types. */
  source?: 'datasets' | null;
}

export const unsupportedFileType = () => errors.unsupportedMediaType('unsupported_file_type', 'File type not allowed.');

const MIME_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(\s*;[ -~]*)?$/;

/**
 * The sent type when it says something and can be replayed as a header on download; the generic
 * octet-stream and anything malformed yield to a guess from the extension.
 */
function usableMimeType(sent: string | undefined): string | undefined {
  const type = sent?.trim();
  if (!type || type.length > 255 || !MIME_TYPE.test(type)) return undefined;
  return type.toLowerCase() === DEFAULT_MIME_TYPE ? undefined : type;
}

/** Applies Dify's upload rules in Dify's order; throws before anything is written. */
function checkUpload(deps: AppDeps, input: UploadInput): { name: string; extension: string } {
  const extension = fileExtension(input.filename);
  assertValidFilename(input.filename);
  const name = truncateFilename(input.filename, extension);
  if (extension && deps.config.upload.extensionBlacklist.includes(extension)) {
    throw errors.badRequest('file_extension_blocked', `File extension '.${extension}' is not allowed for security reasons`);
  }
  if (input.source === 'datasets' && !isDocumentExtension(extension)) throw unsupportedFileType();
  const limitMb = sizeLimitMb(deps.config.upload, extension);
  if (input.data.byteLength > bytesFromMb(limitMb)) {
    throw errors.payloadTooLarge('file_too_large', `File size exceeded. The limit for this type of file is ${limitMb} MB.`);
  }
  return { name, extension };
}

/**
 * Stores an uploaded file under `upload_files/<workspace>/<uuid>.<ext>` and records it. The object
 * and the row stand or fall together: if the row cannot be written, the object is removed again.
 */
export async function storeUpload(deps: AppDeps, uploader: Uploader, input: UploadInput): Promise<UploadFile> {
  const { name, extension } = checkUpload(deps, input);
  const key = `upload_files/${uploader.workspaceId}/${randomUUID()}${extension ? `.${extension}` : ''}`;
  const mimeType = usableMimeType(input.mimeType) ?? guessMimeType(extension);
  await deps.storage.put(key, input.data, { contentType: mimeType });
  try {
    return await uploadFilesStore(deps.db, uploader.workspaceId).insert({
      storageType: deps.storage.type,
      key,
      name,
      size: input.data.byteLength,
      extension,
      mimeType,
      createdByRole: uploader.createdByRole,
      createdBy: uploader.createdBy,
      hash: createHash('sha3-256').update(input.data).digest('hex'),
      source: input.source ?? null,
      createdAt: deps.now(),
    });
  } catch (error) {
    await deps.storage.delete(key).catch((cleanupError: unknown) => {
      deps.logger.error('could not remove an upload whose row failed', { key, error: String(cleanupError) });
    });
    throw error;
  }
}
