import { consoleAccessToken } from './console-token';

/** The console REST mount's error body (Dify's envelope). */
export class ConsoleApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

let token: Promise<string | null> | null = null;

function currentToken(renew: boolean): Promise<string | null> {
  if (renew || !token) token = consoleAccessToken().catch(() => null);
  return token;
}

async function send(path: string, init: RequestInit, renew: boolean): Promise<Response> {
  const bearer = await currentToken(renew);
  const headers = new Headers(init.headers);
  if (bearer) headers.set('authorization', `Bearer ${bearer}`);
  return fetch(`/console/api${path}`, { ...init, headers });
}

/**
 * Calls the console REST mount as the signed-in page session. A 401 is retried once with a fresh
 * token, since access tokens outlive neither their minutes nor a server restart with a new key.
 */
export async function consoleFetchRaw(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await send(path, init, false);
  return response.status === 401 ? send(path, init, true) : response;
}

/** `consoleFetchRaw`, with Dify's error envelope thrown as a ConsoleApiError. */
export async function consoleFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await consoleFetchRaw(path, init);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new ConsoleApiError(body?.code ?? 'unknown', body?.message ?? response.statusText, response.status);
  }
  return response;
}
