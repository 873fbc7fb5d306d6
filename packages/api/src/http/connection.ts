import { normaliseAddress, peerIsTrusted, resolveClientAddress, type TrustedProxies } from './client-address';
import { requestOrigin } from './public-urls';

/** What the server knows about a request beyond its headers: who is calling, and at which origin. */
export interface ConnectionInfo {
  clientIp: string;
  /** `scheme://host[:port]` the client used, for links when no public URL is configured. */
  origin: string;
}

/**
 * Requests handed to Next.js carry the connection in these headers, which Tessera's server always
 * overwrites: pages and next-auth cannot see the socket, and a client cannot supply them.
 */
export const CLIENT_IP_HEADER = 'x-tessera-client-ip';
export const ORIGIN_HEADER = 'x-tessera-origin';

const LOOPBACK = '127.0.0.1';

/** The connection of a socket peer, trusting forwarded headers only from configured proxies. */
export function connectionFromPeer(
  peer: string | undefined,
  headers: { get(name: string): string | null },
  trusted: TrustedProxies,
  fallbackOrigin: string,
): ConnectionInfo {
  const direct = normaliseAddress(peer ?? LOOPBACK);
  const proxied = peerIsTrusted(direct, trusted);
  return {
    clientIp: resolveClientAddress(direct, proxied ? headers.get('x-forwarded-for') : null, trusted),
    origin: requestOrigin(headers, proxied, fallbackOrigin),
  };
}

/** In-process callers (tests, server-side rendering) have no socket: loopback, at the request URL's origin. */
export function connectionFromRequestUrl(req: Request): ConnectionInfo {
  return { clientIp: LOOPBACK, origin: new URL(req.url).origin };
}

/** The connection Tessera's server recorded on a request it passed to Next.js. */
export function connectionFromInternalHeaders(headers: Headers, fallbackOrigin: string): ConnectionInfo {
  return {
    clientIp: headers.get(CLIENT_IP_HEADER) || LOOPBACK,
    origin: headers.get(ORIGIN_HEADER) || fallbackOrigin,
  };
}
