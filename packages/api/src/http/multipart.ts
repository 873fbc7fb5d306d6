/**
 * A small multipart/form-data reader over a body already read into memory (and size-capped).
 * Written here rather than using `Response.formData()` because that parser labels a file part
 * sent without a Content-Type as `text/plain`, and upload clients (curl, Python scripts, SDKs)
 * often omit it; this one reports the header as absent so the type can be guessed from the name.
 */

export interface MultipartPart {
  name: string;
  /** Present (possibly empty) when the part is a file. */
  filename?: string;
  contentType?: string;
  data: Uint8Array;
}

export class MultipartError extends Error {
  override readonly name = 'MultipartError';
}

const MAX_HEADER_BYTES = 16 * 1024;
const CR = 0x0d;
const LF = 0x0a;
const DASH = 0x2d;

/** The boundary of a `multipart/form-data` content type, or undefined for any other type. */
export function multipartBoundary(contentType: string): string | undefined {
  if (!/^\s*multipart\/form-data\s*(;|$)/i.test(contentType)) return undefined;
  const match = /;\s*boundary\s*=\s*(?:"([^"]{1,70})"|([^;\s]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function headerParams(value: string): Record<string, string> {
  const params: Record<string, string> = {};
  const pattern = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (const match of value.matchAll(pattern)) {
    const key = (match[1] ?? '').toLowerCase();
    if (key in params) continue;
    params[key] = match[2] !== undefined ? match[2].replace(/\\(["\\])/g, '$1') : (match[3] ?? '').trim();
  }
  return params;
}

/** RFC 5987 `filename*=UTF-8''…` wins over `filename` when it decodes. */
function extendedValue(value: string | undefined): string | undefined {
  const match = value ? /^([\w-]*)'[^']*'(.*)$/.exec(value) : null;
  if (!match || (match[1] && match[1].toLowerCase() !== 'utf-8')) return undefined;
  try {
    return decodeURIComponent(match[2] ?? '');
  } catch {
    return undefined;
  }
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function toPart(headerText: string, data: Uint8Array): MultipartPart | undefined {
  const headers = parseHeaders(headerText);
  const disposition = headers.get('content-disposition');
  if (!disposition || !/^\s*form-data\s*(;|$)/i.test(disposition)) return undefined;
  const params = headerParams(disposition);
  if (params.name === undefined) return undefined;
  const part: MultipartPart = { name: params.name, data };
  const filename = extendedValue(params['filename*']) ?? params.filename;
  if (filename !== undefined) part.filename = filename;
  const contentType = headers.get('content-type');
  if (contentType) part.contentType = contentType;
  return part;
}

/** Splits a multipart body into its named parts; throws MultipartError on a malformed body. */
export function parseMultipart(body: Uint8Array, boundary: string, maxParts = 100): MultipartPart[] {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  const parts: MultipartPart[] = [];
  let position = buffer.indexOf(delimiter);
  if (position < 0) throw new MultipartError('The body has no multipart boundary.');
  for (let count = 0; ; count++) {
    let cursor = position + delimiter.length;
    if (buffer[cursor] === DASH && buffer[cursor + 1] === DASH) return parts;
    if (count >= maxParts) throw new MultipartError(`The form has more than ${maxParts} parts.`);
    while (buffer[cursor] === 0x20 || buffer[cursor] === 0x09) cursor++;
    if (buffer[cursor] !== CR || buffer[cursor + 1] !== LF) throw new MultipartError('Malformed multipart delimiter.');
    cursor += 2;
    let headerText = '';
    if (buffer[cursor] === CR && buffer[cursor + 1] === LF) {
      cursor += 2;
    } else {
      const end = buffer.indexOf('\r\n\r\n', cursor);
      if (end < 0 || end - cursor > MAX_HEADER_BYTES) throw new MultipartError('Malformed multipart part headers.');
      headerText = buffer.toString('utf8', cursor, end);
      cursor = end + 4;
    }
    const next = buffer.indexOf(nextDelimiter, cursor);
    if (next < 0) throw new MultipartError('The multipart body ends before its closing boundary.');
    const part = toPart(headerText, body.subarray(cursor, next));
    if (part) parts.push(part);
    position = next + 2;
  }
}
