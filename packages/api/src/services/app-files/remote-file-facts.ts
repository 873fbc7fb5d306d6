import { fileExtension } from '../files/filename';
import { DEFAULT_MIME_TYPE, extensionForMimeType, guessMimeType } from '../files/mime-types';

/** What a remote file is, as far as its URL and a response's headers tell. */
export interface RemoteFileFacts {
  filename: string;
  /** Lower case, no dot; `''` when neither the name nor the type suggests one. */
  extension: string;
  mimeType: string;
  /** From Content-Length; -1 when the server did not say. */
  size: number;
}

/** The last path segment of the URL, without query or fragment, as Dify names remote files. */
export function nameFromUrl(url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.split(/[?#]/)[0] ?? '';
  }
  const last = path.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** `filename*=UTF-8''…` (RFC 5987) wins over `filename="…"`, as browsers read Content-Disposition. */
export function nameFromContentDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:[\w!#$%&+^`{}~-]+)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;]+))/i.exec(header);
  const value = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return value || undefined;
}

function contentLength(headers: Headers | undefined): number {
  const raw = headers?.get('content-length');
  return raw && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : -1;
}

/**
 * The name comes from Content-Disposition or the URL's path; the type is the name's when it has a
 * known extension, else the server's Content-Type; the extension is the name's, else the type's.
 * `headers` is absent when the server could not be asked (Dify then keeps what the URL says).
 */
export function remoteFileFacts(url: string, headers?: Headers): RemoteFileFacts {
  const filename = nameFromContentDisposition(headers?.get('content-disposition') ?? null) ?? (nameFromUrl(url) || 'unknown_file');
  const nameExtension = fileExtension(filename);
  const guessed = nameExtension ? guessMimeType(nameExtension) : DEFAULT_MIME_TYPE;
  const served = headers?.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  const mimeType = guessed !== DEFAULT_MIME_TYPE ? guessed : served || DEFAULT_MIME_TYPE;
  const extension = nameExtension || extensionForMimeType(mimeType);
  return { filename, extension, mimeType, size: contentLength(headers) };
}
