import { FetchTimeoutError, guardedFetch, ResponseTooLargeError, SsrfRefusedError, TooManyRedirectsError } from '@tessera/net-guard';
import { type AppDeps } from '../../deps';
import { type AppError, errors } from '../../errors';

export interface UserUrlFetchOptions {
  method?: 'GET' | 'HEAD';
  /** Response body cap; the operator's SSRF_MAX_RESPONSE_BYTES when unset. */
  maxBytes?: number;
  timeoutMs?: number;
}

/** A URL as it may appear in an error: never with the user name or password it was given. */
export function printableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url.slice(0, 200);
  }
}

/**
 * Fetches a URL an end user or operator chose, always through the SSRF guard with the operator's
 * policy: private, loopback, link-local and metadata addresses are refused before anything is sent.
 * Every failure becomes an AppError with `code` (the endpoint's), or 413 when the body is too large.
 */
export async function fetchUserUrl(deps: AppDeps, url: string, code: string, options: UserUrlFetchOptions = {}): Promise<Response> {
  try {
    return await guardedFetch(url, { method: options.method ?? 'GET', redirect: 'follow' }, {
      policy: deps.config.netPolicy,
      maxBytes: options.maxBytes,
      timeoutMs: options.timeoutMs,
    });
  } catch (error) {
    throw userUrlFailure(url, error, code);
  }
}

/** Reads a fetched body, with the same error mapping as the fetch (the size cap applies while reading). */
export async function readUserUrlBody(response: Response, url: string, code: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw userUrlFailure(url, error, code);
  }
}

/** Refusals about how the URL is written rather than where it leads. */
const URL_SHAPE_REFUSALS = new Set(['invalid_url', 'unsupported_scheme', 'credentials_in_url']);

export function userUrlFailure(url: string, error: unknown, code: string): AppError {
  if (error instanceof SsrfRefusedError) {
    const rule = URL_SHAPE_REFUSALS.has(error.reason) ? 'Only http(s) URLs without credentials can be fetched.' : 'Only public addresses can be fetched.';
    return errors.badRequest(code, `${error.message}. ${rule}`);
  }
  if (error instanceof ResponseTooLargeError) {
    return errors.payloadTooLarge('file_too_large', `File size exceeded. The file at ${printableUrl(url)} is larger than ${error.maxBytes} bytes.`);
  }
  if (error instanceof FetchTimeoutError || error instanceof TooManyRedirectsError) {
    return errors.badRequest(code, `Failed to fetch file from ${printableUrl(url)}: ${error.message}`);
  }
  const cause = (error as { cause?: unknown }).cause;
  const detail = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return errors.badRequest(code, `Failed to fetch file from ${printableUrl(url)}: ${detail}`);
}
