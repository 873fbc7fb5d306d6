import { type IncomingMessage } from 'node:http';
import { pipeline, Readable, Transform } from 'node:stream';
import { type ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { ResponseTooLargeError } from './errors';

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function decoderFor(coding: string): Transform | undefined {
  if (coding === 'gzip' || coding === 'x-gzip') return createGunzip();
  if (coding === 'deflate') return createInflate();
  if (coding === 'br') return createBrotliDecompress();
  return undefined;
}

/** Decoders for `Content-Encoding`, last coding first, as fetch applies them; undefined when one is unknown. */
function decoders(contentEncoding: string | undefined): Transform[] | undefined {
  const codings = (contentEncoding ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  const chain = codings.reverse().map(decoderFor);
  return chain.every(Boolean) ? (chain as Transform[]) : undefined;
}

/** Counts the bytes the caller would receive, so a small compressed body cannot unpack past the cap. */
function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > maxBytes ? new ResponseTooLargeError(maxBytes) : null, chunk);
    },
  });
}

export interface BodyOptions {
  method: string;
  maxBytes: number;
  /** Aborting it ends the body with the signal's reason and closes the connection. */
  signal: AbortSignal;
  /** Called once the body is finished with, however it ended. */
  onSettled: () => void;
}

function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < message.rawHeaders.length; i += 2) headers.append(message.rawHeaders[i]!, message.rawHeaders[i + 1]!);
  return headers;
}

function buildResponse(message: IncomingMessage, url: URL, redirected: boolean, options: BodyOptions): Response {
  const status = message.statusCode ?? 0;
  const declared = Number(message.headers['content-length'] ?? NaN);
  const noBody = options.method === 'HEAD' || NULL_BODY_STATUSES.has(status);
  if (!noBody && declared > options.maxBytes) throw new ResponseTooLargeError(options.maxBytes);

  let body: ReadableStream<Uint8Array> | null = null;
  if (noBody) {
    message.resume();
    message.once('close', options.onSettled);
  } else {
    const limit = byteLimit(options.maxBytes);
    const onAbort = () => limit.destroy(options.signal.reason);
    if (options.signal.aborted) onAbort();
    else options.signal.addEventListener('abort', onAbort, { once: true });
    // pipeline() tears every stage down when one fails, so an error or a cancel also closes the socket.
    pipeline([message, ...(decoders(message.headers['content-encoding']) ?? []), limit], () => {
      options.signal.removeEventListener('abort', onAbort);
      options.onSettled();
    });
    body = Readable.toWeb(limit) as NodeReadableStream<Uint8Array> as ReadableStream<Uint8Array>;
  }

  const response = new Response(body, { status, statusText: message.statusMessage ?? '', headers: headersOf(message) });
  Object.defineProperty(response, 'url', { value: url.href });
  Object.defineProperty(response, 'redirected', { value: redirected });
  return response;
}

/**
 * Wraps a node response into a standard `Response` whose body streams through the size cap.
 * A `Content-Length` already over the cap fails here, before the caller reads anything; so does a
 * head `Response` cannot hold, and either way the connection is closed.
 */
export function toResponse(message: IncomingMessage, url: URL, redirected: boolean, options: BodyOptions): Response {
  try {
    return buildResponse(message, url, redirected, options);
  } catch (error) {
    message.destroy();
    throw error;
  }
}
