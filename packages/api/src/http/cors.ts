const ALLOWED_HEADERS =
  'Content-Type, Authorization, X-App-Code, X-App-Passport, X-CSRF-Token, X-Requested-With, X-Workspace-Id';

/** Which browser origins may send credentials (cookies) with cross-origin calls. */
export interface CorsPolicy {
  /** Exact origins (`https://chat.example.com`) answered with `Access-Control-Allow-Credentials`. */
  credentialedOrigins: ReadonlySet<string>;
}

/**
 * WEB_API_CORS_ALLOW_ORIGINS: a comma-separated list of origins. Dify's default `*` (and any `*`
 * in the list) means "any origin", which Tessera answers without credentials: a page on any site
 * may call the Service and web-app APIs with the key or passport it holds, but only the origins
 * named here get the browser's cookies along.
 */
export function corsPolicyFromEnv(env: NodeJS.ProcessEnv): CorsPolicy {
  const origins = (env.WEB_API_CORS_ALLOW_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, '').toLowerCase())
    .filter((origin) => origin && origin !== '*');
  return { credentialedOrigins: new Set(origins) };
}

/**
 * CORS headers for the surfaces browsers call from other origins (`/v1`, `/api`, `/files`, `/mcp`).
 * Any origin may call them, since their credentials are explicit headers (app keys, passports) that
 * a page must already hold; only configured origins get `Allow-Credentials`, so no other site can
 * make a visitor's browser send its cookies and read the answer.
 */
export function corsHeaders(req: Request, policy: CorsPolicy): Headers {
  const headers = new Headers();
  const origin = req.headers.get('origin');
  headers.set('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) {
    headers.set('Vary', 'Origin');
    if (policy.credentialedOrigins.has(origin.toLowerCase())) headers.set('Access-Control-Allow-Credentials', 'true');
  }
  headers.set('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, OPTIONS, PATCH');
  headers.set('Access-Control-Allow-Headers', req.headers.get('access-control-request-headers') ?? ALLOWED_HEADERS);
  headers.set('Access-Control-Expose-Headers', 'X-Version, X-Env, WWW-Authenticate');
  headers.set('Access-Control-Max-Age', '600');
  return headers;
}

export function withHeaders(response: Response, extra: Headers): Response {
  const headers = new Headers(response.headers);
  extra.forEach((value, key) => headers.set(key, value));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
