import { type IncomingMessage, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { type AppConfig } from '../config';
import { CLIENT_IP_HEADER, type ConnectionInfo, connectionFromPeer, ORIGIN_HEADER } from '../http/connection';
import { type HttpHandler } from '../http/handler';
import { surfaceFor } from '../surfaces';
import { frameAncestorsFor, type FramePolicy } from './frame-policy';
import { pageSecurityHeaders } from './page-headers';

export type NodeRequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Next.js's request handler for the pages and the few routes it owns. */
export interface PageServer {
  handle: NodeRequestHandler;
  dev: boolean;
}

/** Under `/api`, typed RPC and next-auth live in Next.js; every other `/api` path is the web-app API. */
const PAGE_ROUTES = ['/api/trpc', '/api/auth'];

/** Whether a path belongs to Tessera's HTTP handler rather than to Next.js. */
export function isApiPath(pathname: string): boolean {
  if (pathname === '/health' || pathname === '/openapi.json') return true;
  if (PAGE_ROUTES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return false;
  return surfaceFor(pathname) !== undefined;
}

function pathnameOf(url: string | undefined): string {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

function headerReader(req: IncomingMessage) {
  return {
    get(name: string): string | null {
      const value = req.headers[name];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

const CONNECTION = Symbol('tessera.connection');
type TaggedRequest = IncomingMessage & { [CONNECTION]?: ConnectionInfo };

/**
 * The Node listener behind `npm start`: it reads the peer's socket address (trusting forwarded
 * headers only from TRUSTED_PROXIES), serves the REST surfaces through the fetch-style handler with
 * that connection, and hands pages to Next.js with the connection in headers it always overwrites
 * and with the pages' security headers.
 */
export function createNodeListener(options: {
  handle: HttpHandler;
  config: Pick<AppConfig, 'trustedProxies' | 'port'>;
  pages?: PageServer;
  /** Who may frame embeddable pages; without it no page may be framed. */
  framing?: FramePolicy;
}): NodeRequestHandler {
  const fallbackOrigin = `http://localhost:${options.config.port}`;
  const api = getRequestListener(
    (request, env) => options.handle(request, (env.incoming as TaggedRequest)[CONNECTION]),
    // Next.js shares this process: keep the platform's own Request and Response classes.
    { overrideGlobalObjects: false },
  );
  return (req: TaggedRequest, res) => {
    const connection = connectionFromPeer(req.socket.remoteAddress, headerReader(req), options.config.trustedProxies, fallbackOrigin);
    const { pages } = options;
    const pathname = pathnameOf(req.url);
    if (!pages || isApiPath(pathname)) {
      req[CONNECTION] = connection;
      return api(req, res);
    }
    req.headers[CLIENT_IP_HEADER] = connection.clientIp;
    req.headers[ORIGIN_HEADER] = connection.origin;
    const frameAncestors = options.framing ? frameAncestorsFor(pathname, options.framing) : undefined;
    const security = pageSecurityHeaders({ dev: pages.dev, frameAncestors });
    req.headers['content-security-policy'] = security.headers['Content-Security-Policy'];
    for (const [name, value] of Object.entries(security.headers)) res.setHeader(name, value);
    return pages.handle(req, res);
  };
}
