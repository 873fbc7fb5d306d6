import { type UploadFile } from '@tessera/db';
import { FileNotFoundError } from '@tessera/storage';
import { type AppDeps } from '../../deps';
import { type AppError } from '../../errors';
import { serveFile } from '../../http/serve-file';
import { DEFAULT_MIME_TYPE } from '../../services/files/mime-types';

export interface StoredFileOptions {
  asAttachment?: boolean;
  /** The error for a row whose stored object has gone. */
  notFound: () => AppError;
  /** `serveFile`'s default (private, not transformed) unless the route has its own reason. */
  cacheControl?: string;
}

/** Sends an upload from the file store through `serveFile`, which decides how it may be shown. */
export async function storedFileResponse(
  deps: AppDeps,
  req: Request,
  file: Pick<UploadFile, 'key' | 'name' | 'mimeType'>,
  options: StoredFileOptions,
): Promise<Response> {
  try {
    return await serveFile(req, {
      content: (range) => deps.storage.stream(file.key, range),
      mimeType: file.mimeType || DEFAULT_MIME_TYPE,
      fileName: file.name,
      disposition: options.asAttachment ? 'attachment' : 'inline',
      cacheControl: options.cacheControl,
    });
  } catch (error) {
    if (error instanceof FileNotFoundError) throw options.notFound();
    throw error;
  }
}
