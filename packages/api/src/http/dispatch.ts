import { type AppDeps } from '../deps';
import { errors, findAppError } from '../errors';
import { type ErrorData } from '../trpc';
import { readJsonBody } from './body';
import { type ConnectionInfo } from './connection';
import { corsHeaders, withHeaders } from './cors';
import { envelopeFor, envelopeFromAppError, errorResponse, INTERNAL_ERROR } from './envelope';
import { buildSurfaceDocument } from './openapi';
import { callOpenApi } from './openapi-bridge';
import { matchPath } from './path-match';
import { resolvePublicUrls } from './public-urls';
import { type Surface } from './surface';

/** Turns a thrown value into Dify's error response, logging what is not the caller's fault. */
export function respondWithError(deps: AppDeps, error: unknown, where: string): Response {
  const appError = findAppError(error);
  if (appError) return errorResponse(envelopeFromAppError(appError));
  deps.logger.error('unhandled error', { where, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  return errorResponse({ ...INTERNAL_ERROR });
}

/** The adapter writes its own error body; rewrite it as Dify's envelope. */
async function reshapeError(response: Response): Promise<Response> {
  let body: { message?: string; code?: string; data?: Partial<ErrorData> } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = {};
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const data = body.data;
  if (data?.appCode && data.httpStatus) {
    const message = data.appMessage ?? body.message ?? '';
    return errorResponse({ code: data.appCode, message, status: data.httpStatus, ...(data.extra ?? {}) }, headers);
  }
  const status = response.status;
  if (status >= 500) return errorResponse({ ...INTERNAL_ERROR }, headers);
  const message =
    status === 404 ? 'The requested URL was not found on the server.' : body.message || 'Bad request.';
  return errorResponse(envelopeFor(status, message), headers);
}

async function serveSurface(deps: AppDeps, surface: Surface, req: Request, path: string, connection: ConnectionInfo): Promise<Response> {
  if (req.method === 'GET' && path === '/openapi.json') {
    const urls = resolvePublicUrls(deps.config.publicUrls, connection.origin);
    return Response.json(buildSurfaceDocument(surface, urls.consoleApi));
  }
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  for (const route of surface.plainRoutes) {
    if (route.method !== method) continue;
    const params = matchPath(route.path, path);
    if (!params) continue;
    const ctx = surface.createContext(deps, req, connection);
    try {
      return await route.handle(ctx, req, params);
    } catch (error) {
      return respondWithError(deps, error, `${surface.name} ${route.method} ${route.path}`);
    }
  }
  const body = await readJsonBody(req, deps.config.maxJsonBodyBytes);
  const ctx = surface.createContext(deps, req, connection);
  const response = await callOpenApi(surface, req, ctx, path, body);
  if (response.status >= 400) return reshapeError(response);
  return response;
}

/**
 * A path with a broken percent-escape (`%ZZ`, a cut-off UTF-8 sequence) or an escaped NUL names
 * nothing a route could match; say so as a client error before any route or credential is read.
 */
function assertReadablePath(path: string): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw errors.invalidParam('The URL path is not valid percent-encoding.');
  }
  if (decoded.includes('\u0000')) throw errors.invalidParam('The URL path must not contain NUL characters.');
}

/**
 * Serves one request on the REST surfaces: CORS, OpenAPI documents, plain routes and the
 * OpenAPI adapter over the surface's tRPC router, all answering errors in Dify's envelope.
 */
export async function dispatchSurface(deps: AppDeps, surface: Surface, req: Request, connection: ConnectionInfo): Promise<Response> {
  const url = new URL(req.url);
  const path = url.pathname.slice(surface.prefix.length) || '/';
  if (surface.cors && req.method === 'OPTIONS') return new Response(null, { status: 204, headers: corsHeaders(req, deps.config.cors) });
  let response: Response;
  try {
    assertReadablePath(path);
    response = await serveSurface(deps, surface, req, path, connection);
  } catch (error) {
    response = respondWithError(deps, error, `${surface.name} ${req.method} ${path}`);
  }
  return surface.cors ? withHeaders(response, corsHeaders(req, deps.config.cors)) : response;
}
