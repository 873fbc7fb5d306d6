import { type Hop } from './send-request';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

export function isRedirect(status: number, location: string | undefined): location is string {
  return REDIRECT_STATUSES.has(status) && location !== undefined;
}

/**
 * The request a redirect asks for, following the Fetch standard: 303 (and 301/302 after a POST)
 * turn into a GET without a body, 307/308 repeat the request as it was, and credentials are not
 * carried to another origin. The caller checks the new URL like any other.
 */
export function redirectedHop(previous: Hop, status: number, location: string): Hop {
  const url = new URL(location, previous.url);
  const headers = new Headers(previous.headers);
  let { method, body } = previous;
  if ((status === 303 && method !== 'GET' && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
    method = 'GET';
    body = null;
    for (const name of BODY_HEADERS) headers.delete(name);
  }
  if (url.origin !== previous.url.origin) {
    for (const name of CREDENTIAL_HEADERS) headers.delete(name);
  }
  return { url, method, headers, body };
}
