import { type RefusalReason } from './refusal';

/**
 * `instanceof` that also holds across copies of this module: Next.js bundles the same package into
 * several module instances, and an error made by one must still be recognised by another.
 */
function brandedInstanceCheck(brand: symbol) {
  return (value: unknown): boolean => typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

const SSRF_REFUSED = Symbol.for('tessera.net-guard.SsrfRefusedError');
const RESPONSE_TOO_LARGE = Symbol.for('tessera.net-guard.ResponseTooLargeError');
const TOO_MANY_REDIRECTS = Symbol.for('tessera.net-guard.TooManyRedirectsError');
const FETCH_TIMEOUT = Symbol.for('tessera.net-guard.FetchTimeoutError');

/** Credentials never appear in an error that may be logged or shown. */
function withoutCredentials(url: string | URL): string {
  try {
    const copy = new URL(url);
    copy.username = '';
    copy.password = '';
    return copy.href;
  } catch {
    return '(invalid URL)';
  }
}

/** The guard refused a URL, a host or an address; nothing was sent to it. */
export class SsrfRefusedError extends Error {
  readonly [SSRF_REFUSED] = true;
  static override [Symbol.hasInstance] = brandedInstanceCheck(SSRF_REFUSED);
  readonly url: string;

  constructor(
    readonly reason: RefusalReason,
    url: string | URL,
    /** The refused address (or host name, for refusals by name). */
    readonly address?: string,
    readonly range?: string,
  ) {
    const safeUrl = withoutCredentials(url);
    const where = address ? ` (${address}${range ? ` in ${range}` : ''})` : '';
    super(`Refused to fetch ${safeUrl}: ${reason.replaceAll('_', ' ')}${where}`);
    this.name = 'SsrfRefusedError';
    this.url = safeUrl;
  }
}

/** The response body grew past the cap; the connection was closed. */
export class ResponseTooLargeError extends Error {
  readonly [RESPONSE_TOO_LARGE] = true;
  static override [Symbol.hasInstance] = brandedInstanceCheck(RESPONSE_TOO_LARGE);

  constructor(readonly maxBytes: number) {
    super(`The response is larger than ${maxBytes} bytes`);
    this.name = 'ResponseTooLargeError';
  }
}

export class TooManyRedirectsError extends Error {
  readonly [TOO_MANY_REDIRECTS] = true;
  static override [Symbol.hasInstance] = brandedInstanceCheck(TOO_MANY_REDIRECTS);

  constructor(readonly maxRedirects: number) {
    super(`More than ${maxRedirects} redirects`);
    this.name = 'TooManyRedirectsError';
  }
}

/** Named `TimeoutError` like the error `AbortSignal.timeout()` gives fetch, so code written for fetch recognises it. */
export class FetchTimeoutError extends Error {
  readonly [FETCH_TIMEOUT] = true;
  static override [Symbol.hasInstance] = brandedInstanceCheck(FETCH_TIMEOUT);

  constructor(readonly timeoutMs: number) {
    super(`The request took longer than ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/** What fetch throws for any failure to get a response: a TypeError whose cause says what happened. */
export function networkError(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}
