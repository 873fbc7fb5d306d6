import { type UploadFile } from '@tessera/db';
import { FileNotFoundError } from '@tessera/storage';
import { type AppDeps } from '../../deps';
import { type AppError } from '../../errors';
import { DEFAULT_MIME_TYPE } from '../../services/files/mime-types';

const HTML_MIME_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function baseMimeType(mimeType: string): string {
  return (mimeType.split(';')[0] ?? '').trim().toLowerCase();
}

/** HTML served from the API's origin could run script there, so it is only ever downloaded. */
export function isHtmlFile(mimeType: string, name: string, extension: string): boolean {
  if (HTML_MIME_TYPES.has(baseMimeType(mimeType))) return true;
  const ext = (extension || name.slice(name.lastIndexOf('.') + 1)).toLowerCase();
  return ext === 'html' || ext === 'htm';
}

/** Python's `urllib.parse.quote`-style encoding for `filename*=UTF-8''…` (RFC 5987 attr-chars only). */
export function encodeFilenameStar(name: string): string {
  return encodeURIComponent(name).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface StoredFileOptions {
  asAttachment?: boolean;
  /** The error for a row whose stored object has gone. */
  notFound: () => AppError;
}

/**
 * Streams a stored file with Dify's file-preview headers: its MIME type and length, byte ranges
 * advertised for audio and video, and an attachment disposition when asked for or when the file
 * is HTML. Every answer carries `nosniff`; SVG also gets a sandbox policy, since it can carry script.
 */
export async function storedFileResponse(
  deps: AppDeps,
  req: Request,
  file: Pick<UploadFile, 'key' | 'name' | 'extension' | 'mimeType'>,
  options: StoredFileOptions,
): Promise<Response> {
  let stream;
  try {
    stream = await deps.storage.stream(file.key);
  } catch (error) {
    if (error instanceof FileNotFoundError) throw options.notFound();
    throw error;
  }
  const mimeType = file.mimeType || DEFAULT_MIME_TYPE;
  const base = baseMimeType(mimeType);
  const headers = new Headers({
    'Content-Type': mimeType,
    'Content-Length': String(stream.size),
    'X-Content-Type-Options': 'nosniff',
  });
  if (base.startsWith('audio/') || base.startsWith('video/')) headers.set('Accept-Ranges', 'bytes');
  if (base === 'image/svg+xml') headers.set('Content-Security-Policy', 'sandbox');
  if (options.asAttachment || isHtmlFile(mimeType, file.name, file.extension)) {
    headers.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeFilenameStar(file.name)}`);
    headers.set('Content-Type', 'application/octet-stream');
  }
  if (req.method === 'HEAD') {
    await stream.body.cancel();
    return new Response(null, { status: 200, headers });
  }
  return new Response(stream.body, { status: 200, headers });
}
