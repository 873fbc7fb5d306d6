import { type ByteRange, type ByteRangeRequest, type FileStream, RangeNotSatisfiableError, resolveByteRange } from '@tessera/storage';
import { envelopeFor, errorResponse } from './envelope';
import { contentPolicy, type ContentPolicy, type Disposition } from './file-content-policy';
import { parseRangeHeader } from './range-header';

/**
 * The one way a file leaves the server, on every surface: signed upload previews, provider
 * icons, and later message files, tool files and dataset documents. It lives with the HTTP
 * code because its job is the Response (headers, ranges, HEAD); routes find the file and check
 * access, services stay free of HTTP, and no route sets a file's headers itself.
 */

/**
 * What a file is read from:
 * - bytes already in memory;
 * - a reader that can start anywhere, such as `(range) => deps.storage.stream(key, range)`:
 *   byte ranges are served, so media players can seek;
 * - a stream that is already open, with its size: sent whole, no ranges.
 */
export type FileContent = Uint8Array | FileStream | ((range?: ByteRangeRequest) => Promise<FileStream>);

export interface ServedFile {
  content: FileContent;
  /** The type the file was declared or stored with; `contentPolicy` decides what is sent. */
  mimeType: string;
  /** Names the download, and its extension must agree with the type for the file to show inline. */
  fileName: string;
  /** What the caller would like; a file that is not safe to show is downloaded whatever is asked. */
  disposition?: Disposition;
  cacheControl?: string;
}

/**
 * Whatever a browser makes of the file runs in a sandbox: an opaque origin without script, so
 * no cookie or same-origin request is within reach, and nothing is fetched except by a media
 * player, which re-reads the file itself (Chromium's PDF viewer and image pages still work).
 */
export const FILE_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'; media-src 'self'";

/** Signed URLs are the credential: keep them out of shared caches and keep proxies from re-encoding. */
const DEFAULT_CACHE_CONTROL = 'private, no-transform';

/** Python's `urllib.parse.quote`-style encoding for `filename*=UTF-8''…` (RFC 5987 attr-chars only). */
export function encodeFilenameStar(name: string): string {
  return encodeURIComponent(name).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function safetyHeaders(): Headers {
  return new Headers({
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': FILE_CONTENT_SECURITY_POLICY,
    // Files are embedded by web apps on other origins, including pages that require CORP.
    'Cross-Origin-Resource-Policy': 'cross-origin',
  });
}

function fileHeaders(file: ServedFile, policy: ContentPolicy): Headers {
  const headers = safetyHeaders();
  headers.set('Content-Type', policy.contentType);
  headers.set('Cache-Control', file.cacheControl ?? DEFAULT_CACHE_CONTROL);
  if (policy.disposition === 'attachment') {
    headers.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeFilenameStar(file.fileName)}`);
  }
  // The sandbox gives the media page an opaque origin, so its player's own (anonymous) request
  // for the file is cross-origin and needs CORS to play.
  if (policy.playsMedia) headers.set('Access-Control-Allow-Origin', '*');
  return headers;
}

function isOpenStream(content: FileContent): content is FileStream {
  return !(content instanceof Uint8Array) && typeof content !== 'function';
}

interface ReadContent {
  body: Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>;
  size: number;
  /** Set when the body is only these bytes of the file. */
  range?: ByteRange;
}

async function readContent(content: FileContent, fileName: string, wanted: ByteRangeRequest | undefined): Promise<ReadContent> {
  if (content instanceof Uint8Array) {
    // `slice` copies into a plain ArrayBuffer, which is what a Response body accepts.
    if (!wanted) return { body: content.slice(), size: content.byteLength };
    const range = resolveByteRange(wanted, content.byteLength);
    if (!range) throw new RangeNotSatisfiableError(fileName, content.byteLength);
    return { body: content.slice(range.start, range.end + 1), size: content.byteLength, range };
  }
  if (typeof content === 'function') return wanted ? content(wanted) : content();
  return content;
}

function rangeNotSatisfiable(size: number): Response {
  const headers = safetyHeaders();
  headers.set('Accept-Ranges', 'bytes');
  headers.set('Content-Range', `bytes */${size}`);
  return errorResponse(envelopeFor(416, 'The server cannot provide the requested range.', 'requested_range_not_satisfiable'), headers);
}

/**
 * Answers GET and HEAD for a file: the safe type and disposition, the safety headers on every
 * answer, and a single byte range (206, or 416 past the end) when the content can seek. A
 * `Range` with `If-Range` gets the whole file, since these answers carry no validators.
 */
export async function serveFile(req: Request, file: ServedFile): Promise<Response> {
  const policy = contentPolicy(file.mimeType, file.fileName, file.disposition);
  const headers = fileHeaders(file, policy);
  const seekable = !isOpenStream(file.content);
  if (seekable) headers.set('Accept-Ranges', 'bytes');
  const wanted = seekable && !req.headers.has('if-range') ? parseRangeHeader(req.headers.get('range')) : undefined;

  let read: ReadContent;
  try {
    read = await readContent(file.content, file.fileName, wanted);
  } catch (error) {
    if (error instanceof RangeNotSatisfiableError) return rangeNotSatisfiable(error.size);
    throw error;
  }

  let status = 200;
  headers.set('Content-Length', String(read.size));
  if (read.range) {
    status = 206;
    headers.set('Content-Range', `bytes ${read.range.start}-${read.range.end}/${read.size}`);
    headers.set('Content-Length', String(read.range.end - read.range.start + 1));
  }
  if (req.method === 'HEAD') {
    if (read.body instanceof ReadableStream) await read.body.cancel();
    return new Response(null, { status, headers });
  }
  return new Response(read.body, { status, headers });
}
