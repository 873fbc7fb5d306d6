import { createDeadline, untilAborted } from './deadline';
import { decideUrl, type UrlDecision, type UrlTarget } from './decide-url';
import { normaliseHostName } from './host-names';
import { FetchTimeoutError, networkError, ResponseTooLargeError, SsrfRefusedError, TooManyRedirectsError } from './errors';
import { DEFAULT_POLICY, type NetPolicy } from './policy';
import { isRedirect, redirectedHop } from './redirects';
import { resolveTarget, systemLookup, type Lookup, type ResolvedAddress } from './resolve';
import { toResponse } from './response-body';
import { sendRequest, type Hop } from './send-request';

/** Where a connection is about to go, after every check passed. */
export interface ConnectTarget {
  url: URL;
  host: string;
  port: number;
  addresses: readonly ResolvedAddress[];
}

export interface GuardedFetchOptions {
  policy?: NetPolicy;
  signal?: AbortSignal;
  /** Response body cap in bytes (after decompression); the policy's by default. */
  maxBytes?: number;
  /** Total time for every hop and the body; the policy's by default. */
  timeoutMs?: number;
  lookup?: Lookup;
  /** Certificate authorities to trust instead of the system's, for a private PKI. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Called just before each connection is opened, with the checked addresses it may use (audit logs, tests). */
  onConnect?: (target: ConnectTarget) => void;
}

const NAMELESS_REFUSALS = new Set(['invalid_url', 'unsupported_scheme', 'credentials_in_url']);

function allowedTarget(decision: UrlDecision, url: string | URL): UrlTarget {
  if (decision.allowed) return decision;
  const host = NAMELESS_REFUSALS.has(decision.reason) ? undefined : normaliseHostName(new URL(url).hostname);
  throw new SsrfRefusedError(decision.reason, url, host, decision.range);
}

function isGuardError(error: unknown): boolean {
  return (
    error instanceof SsrfRefusedError ||
    error instanceof ResponseTooLargeError ||
    error instanceof TooManyRedirectsError ||
    error instanceof FetchTimeoutError
  );
}

/** The caller's request as fetch would read it; its body is kept so 307/308 redirects can send it again. */
async function firstHop(request: Request, url: URL, signal: AbortSignal): Promise<Hop> {
  const headers = new Headers(request.headers);
  if (!headers.has('accept')) headers.set('accept', '*/*');
  if (!headers.has('accept-encoding')) headers.set('accept-encoding', 'gzip, deflate, br');
  const body = request.body ? Buffer.from(await untilAborted(request.arrayBuffer(), signal)) : null;
  return { url, method: request.method, headers, body };
}

/**
 * fetch for URLs that users control. Every hop is checked before anything is sent: scheme, no
 * credentials in the URL, and every address the host resolves to; the connection then goes to a
 * checked address. Redirects are followed by hand and checked the same way. The total time, the
 * caller's signal and the body size are enforced until the body has been read.
 *
 * Throws SsrfRefusedError, ResponseTooLargeError, TooManyRedirectsError, FetchTimeoutError, the
 * caller's abort reason, or fetch's `TypeError('fetch failed')` with the network error as its cause.
 */
export async function guardedFetch(input: string | URL | Request, init?: RequestInit, options: GuardedFetchOptions = {}): Promise<Response> {
  const policy = options.policy ?? DEFAULT_POLICY;
  const inputUrl = typeof input === 'string' || input instanceof URL ? input : input.url;
  let target = allowedTarget(decideUrl(inputUrl, policy), inputUrl);
  const request = new Request(input, init);
  const deadline = createDeadline(options.timeoutMs ?? policy.timeoutMs, [request.signal, options.signal]);
  const { signal } = deadline;
  try {
    let hop = await firstHop(request, target.url, signal);
    for (let redirects = 0; ; ) {
      const addresses = await resolveTarget(target, policy, options.lookup ?? systemLookup, signal);
      options.onConnect?.({ url: hop.url, host: target.host, port: target.port, addresses });
      const message = await sendRequest(hop, { addresses, signal, ca: options.ca });
      const status = message.statusCode ?? 0;
      const location = message.headers.location;

      if (request.redirect !== 'manual' && isRedirect(status, location)) {
        message.destroy();
        if (request.redirect === 'error') throw networkError(new Error(`${hop.url.href} redirected and redirect is "error"`));
        if (++redirects > policy.maxRedirects) throw new TooManyRedirectsError(policy.maxRedirects);
        hop = redirectedHop(hop, status, location);
        target = allowedTarget(decideUrl(hop.url, policy), hop.url);
        continue;
      }
      if (status < 200 || status > 599) {
        message.destroy();
        throw networkError(new Error(`Unexpected status ${status}`));
      }
      const maxBytes = options.maxBytes ?? policy.maxResponseBytes;
      return toResponse(message, hop.url, redirects > 0, { method: hop.method, maxBytes, signal, onSettled: deadline.dispose });
    }
  } catch (error) {
    deadline.dispose();
    if (signal.aborted) throw signal.reason;
    throw isGuardError(error) ? error : networkError(error);
  }
}

/** A `fetch` bound to a policy, for libraries that take one (an MCP client, a crawler). */
export function createGuardedFetch(policy: NetPolicy, defaults: Omit<GuardedFetchOptions, 'policy'> = {}): typeof fetch {
  return (input, init) => guardedFetch(input, init, { ...defaults, policy });
}
