import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { type LookupFunction } from 'node:net';
import { type ResolvedAddress } from './resolve';

export interface Hop {
  url: URL;
  method: string;
  headers: Headers;
  body: Buffer | null;
}

export interface SendOptions {
  /** The checked addresses; the connection goes to one of these and nowhere else. */
  addresses: readonly ResolvedAddress[];
  signal: AbortSignal;
  ca?: string | Buffer | Array<string | Buffer>;
}

/**
 * Answers the socket's own lookup with the addresses that were checked, so no second DNS query
 * (which a rebinding server could answer differently) decides where the connection goes. The URL's
 * name stays the request's host, so the Host header, TLS SNI and the certificate check all use it.
 */
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 4 || options.family === 6 ? options.family : undefined;
    const usable = addresses.filter((a) => family === undefined || a.family === family);
    const first = usable[0];
    if (!first) {
      const error: NodeJS.ErrnoException = new Error(`No checked IPv${family} address for ${hostname}`);
      error.code = 'ENOTFOUND';
      callback(error, '', 0);
    } else if (options.all) {
      (callback as unknown as (error: null, all: ResolvedAddress[]) => void)(null, usable);
    } else {
      callback(null, first.address, first.family);
    }
  };
}

/** Framing headers come from the request itself, never from the caller, so they cannot disagree with the body. */
const FRAMING_HEADERS = ['host', 'content-length', 'transfer-encoding', 'connection'];

function outgoingHeaders(hop: Hop): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = Object.fromEntries(hop.headers);
  for (const name of FRAMING_HEADERS) delete headers[name];
  headers.host = hop.url.host;
  if (hop.body) headers['content-length'] = String(hop.body.length);
  return headers;
}

/** Sends one request to a pinned address and resolves with the response head; its body is left unread. */
export function sendRequest(hop: Hop, options: SendOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = hop.url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send({
      protocol: hop.url.protocol,
      hostname: hop.url.hostname.replace(/^\[|\]$/g, ''),
      port: hop.url.port || undefined,
      path: `${hop.url.pathname}${hop.url.search}`,
      method: hop.method,
      headers: outgoingHeaders(hop),
      lookup: pinnedLookup(options.addresses),
      // A pooled socket could have been opened by someone else's lookup; every request gets its own.
      agent: false,
      ...(options.ca ? { ca: options.ca } : {}),
    });
    const onAbort = () => request.destroy(options.signal.reason);
    if (options.signal.aborted) onAbort();
    else options.signal.addEventListener('abort', onAbort, { once: true });
    request.once('response', (response) => {
      options.signal.removeEventListener('abort', onAbort);
      resolve(response);
    });
    // Kept for the request's whole life: a late socket error must not become an unhandled 'error' event.
    request.on('error', (error) => {
      options.signal.removeEventListener('abort', onAbort);
      reject(error);
    });
    request.end(hop.body ?? undefined);
  });
}
