import { loginTokenStore, passportStore } from './passport-store';

/** Dify's error body `{code, message, status}`, as every `/api` failure answers. */
export class WebApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Answers that mean the visitor must sign in before this app gives them a passport. */
export const SIGN_IN_REQUIRED = new Set(['web_sso_auth_required', 'web_app_access_denied', 'unauthorized']);

export async function errorFrom(response: Response): Promise<WebApiError> {
  try {
    const body = (await response.json()) as { code?: string; message?: string };
    return new WebApiError(body.code ?? 'unknown', body.message ?? response.statusText, response.status);
  } catch {
    return new WebApiError('unknown', response.statusText, response.status);
  }
}

export type WebApi = ReturnType<typeof createWebApi>;

/**
 * The web app's calls to `/api` for one site code: a passport from storage (or a new one, in exchange
 * for the member's sign-in token on private apps) on every call, renewed once when the server
 * refuses it.
 */
export function createWebApi(code: string) {
  async function passport(): Promise<string> {
    const stored = passportStore.get(code);
    if (stored) return stored;
    const loginToken = loginTokenStore.get();
    const response = await fetch('/api/passport', {
      headers: { 'X-App-Code': code, ...(loginToken ? { Authorization: `Bearer ${loginToken}` } : {}) },
    });
    if (!response.ok) throw await errorFrom(response);
    const { access_token: token } = (await response.json()) as { access_token: string };
    passportStore.set(code, token);
    return token;
  }

  async function send(path: string, init: RequestInit = {}, renew = true): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('X-App-Code', code);
    headers.set('X-App-Passport', await passport());
    const response = await fetch(`/api${path}`, { ...init, headers });
    if (response.status === 401 && renew) {
      passportStore.clear(code);
      return send(path, init, false);
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await send(path, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  return {
    code,
    passport,
    send,
    json,
    get: <T>(path: string) => json<T>('GET', path),
    /** Multipart uploads (files, recorded audio). */
    upload: async <T>(path: string, form: FormData): Promise<T> => (await send(path, { method: 'POST', body: form })).json() as Promise<T>,
  };
}
