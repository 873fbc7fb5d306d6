import { type Actor, type AppCaller, type PassportCaller } from './callers';
import { type AppDeps } from './deps';
import { type ConnectionInfo, connectionFromRequestUrl } from './http/connection';
import { resolvePublicUrls } from './http/public-urls';

export type { Actor, AppCaller, PassportCaller } from './callers';

export interface CookieOptions {
  maxAgeSeconds?: number;
  httpOnly?: boolean;
}

/** What a procedure may add to the HTTP answer: a status other than 200, cookies, headers. */
export class ResponseControl {
  status: number | undefined;
  readonly headers: Array<[string, string]> = [];

  constructor(private readonly secureCookies: boolean) {}

  setStatus(status: number): void {
    this.status = status;
  }

  setHeader(name: string, value: string): void {
    this.headers.push([name, value]);
  }

  /** Cookie names get Dify's `__Host-` prefix over https. */
  cookieName(name: string): string {
    return this.secureCookies ? `__Host-${name}` : name;
  }

  setCookie(name: string, value: string, options: CookieOptions = {}): void {
    const parts = [`${this.cookieName(name)}=${encodeURIComponent(value)}`, 'Path=/', 'SameSite=Lax'];
    if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
    if (options.httpOnly !== false) parts.push('HttpOnly');
    if (this.secureCookies) parts.push('Secure');
    this.setHeader('Set-Cookie', parts.join('; '));
  }

  clearCookie(name: string): void {
    this.setCookie(name, '', { maxAgeSeconds: 0 });
  }
}

export interface RequestInfo {
  method: string;
  url: URL;
  headers: Headers;
  cookies: Record<string, string>;
  /** The client's address as the server established it (socket peer, or what trusted proxies forwarded). */
  ip: string;
}

export interface Context {
  deps: AppDeps;
  request: RequestInfo;
  response: ResponseControl;
  /** Resolves the signed-in account, once, from whatever credential the mount accepts. */
  getActor(): Promise<Actor | null>;
  /** Resolves the app behind a Service API key, once; null on surfaces without app keys. */
  getAppCaller(): Promise<AppCaller | null>;
  /** Resolves the web-app end user behind a passport, once; null on surfaces without passports. */
  getPassport(): Promise<PassportCaller | null>;
  /** Resolves the workspace owner a knowledge API (`dataset-`) key acts as, once; null elsewhere. */
  getDatasetCaller(): Promise<Actor | null>;
}

/**
 * Context for a request whose credential resolvers the mount supplies. Its `deps` carry the public
 * URLs of this request (configured, or the origin it came in on), so links in answers work from
 * wherever the caller reached the server.
 */
export function buildContext(
  deps: AppDeps,
  req: Request,
  resolvers: {
    actor?: (info: RequestInfo) => Promise<Actor | null>;
    appCaller?: (info: RequestInfo) => Promise<AppCaller | null>;
    passport?: (info: RequestInfo) => Promise<PassportCaller | null>;
    datasetCaller?: (info: RequestInfo) => Promise<Actor | null>;
  },
  connection: ConnectionInfo = connectionFromRequestUrl(req),
): Context {
  const request = requestInfo(req, connection);
  const urls = resolvePublicUrls(deps.config.publicUrls, connection.origin);
  return {
    deps: { ...deps, urls },
    request,
    response: new ResponseControl(urls.secure),
    getActor: once(() => (resolvers.actor ? resolvers.actor(request) : Promise.resolve(null))),
    getAppCaller: once(() => (resolvers.appCaller ? resolvers.appCaller(request) : Promise.resolve(null))),
    getPassport: once(() => (resolvers.passport ? resolvers.passport(request) : Promise.resolve(null))),
    getDatasetCaller: once(() => (resolvers.datasetCaller ? resolvers.datasetCaller(request) : Promise.resolve(null))),
  };
}

export function parseCookies(header: string | null): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    const raw = part.slice(index + 1).trim();
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

export function requestInfo(req: Request, connection: ConnectionInfo): RequestInfo {
  return {
    method: req.method,
    url: new URL(req.url),
    headers: req.headers,
    cookies: parseCookies(req.headers.get('cookie')),
    ip: connection.clientIp,
  };
}

/** Memoises an async resolver so middleware and procedures share one database look-up. */
export function once<T>(resolve: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= resolve());
}
