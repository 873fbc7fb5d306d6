const ALLOWED_HEADERS =
  'Content-Type, Authorization, X-App-Code, X-App-Passport, X-CSRF-Token, X-Requested-With, X-Workspace-Id';

/** The Service API and web-app API are called from browsers on other origins, like Dify's. */
export function corsHeaders(req: Request): Headers {
  const headers = new Headers();
  const origin = req.headers.get('origin');
  headers.set('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) {
    headers.set('Access-Control-Allow-Credentials', 'true');
    headers.set('Vary', 'Origin');
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
