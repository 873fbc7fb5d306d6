/** The public base URLs an operator set; each unset one follows the request. */
export interface ConfiguredUrls {
  consoleApi?: string;
  consoleWeb?: string;
  files?: string;
  appApi?: string;
}

/** Base URLs (no trailing slash) for links Tessera hands out: icons, signed files, API bases, invitations. */
export interface PublicUrls {
  consoleApi: string;
  consoleWeb: string;
  files: string;
  appApi: string;
  /** Served over https: cookies get `Secure` and the `__Host-` prefix. */
  secure: boolean;
}

const trim = (url: string) => url.replace(/\/+$/, '');

/**
 * Configured URLs win. An unset one follows CONSOLE_API_URL when that is set (Dify's rule), and
 * otherwise the origin the request came in on, so an operator who opens the console at
 * `http://10.1.2.3:3000` or a host name gets links that work from where they are.
 */
export function resolvePublicUrls(configured: ConfiguredUrls, origin: string): PublicUrls {
  const consoleApi = trim(configured.consoleApi ?? origin);
  return {
    consoleApi,
    consoleWeb: trim(configured.consoleWeb ?? consoleApi),
    files: trim(configured.files ?? consoleApi),
    appApi: trim(configured.appApi ?? consoleApi),
    secure: consoleApi.startsWith('https://'),
  };
}

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** A Host header worth echoing into links: a host name or address literal with an optional port. */
export function isValidHost(host: string | null | undefined): host is string {
  return typeof host === 'string' && host.length <= 255 && HOST.test(host);
}

/**
 * The origin a request was made to: its Host header over plain HTTP, or what a trusted proxy
 * forwarded (first entry of `X-Forwarded-Proto` / `X-Forwarded-Host`). Anything malformed falls back.
 */
export function requestOrigin(
  headers: { get(name: string): string | null },
  proxied: boolean,
  fallback: string,
): string {
  const first = (value: string | null) => value?.split(',')[0]?.trim() || null;
  const forwardedProto = proxied ? first(headers.get('x-forwarded-proto'))?.toLowerCase() : null;
  const forwardedHost = proxied ? first(headers.get('x-forwarded-host')) : null;
  const scheme = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : 'http';
  const host = isValidHost(forwardedHost) ? forwardedHost : headers.get('host');
  return isValidHost(host) ? `${scheme}://${host}` : fallback;
}
