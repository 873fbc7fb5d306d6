import { type AppDeps } from '../deps';
import { findAppError } from '../errors';
import { type ErrorData } from '../trpc';
import { readJsonBody } from './body';
import { corsHeaders, withHeaders } from './cors';
import { envelopeFor, envelopeFromAppError, errorResponse, INTERNAL_ERROR } from './envelope';
import { buildSurfaceDocument } from './openapi';
import { callOpenApi } from './openapi-bridge';
import { matchPath } from './path-match';
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

async function serveSurface(deps: AppDeps, surface: Surface, req: Request, path: string): Promise<Response> {
  if (req.method === 'GET' && path === '/openapi.json') {
    return Response.json(buildSurfaceDocument(surface, deps.config.consoleApiUrl));
  }
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  for (const route of surface.plainRoutes) {
    if (route.method !== method) continue;
    const params = matchPath(route.path, path);
    if (!params) continue;
    const ctx = surface.createContext(deps, req);
    try {
      return await route.handle(ctx, req, params);
    } catch (error) {
      return respondWithError(deps, error, `${surface.name} ${route.method} ${route.path}`);
    }
  }
  const body = await readJsonBody(req, deps.config.maxJsonBodyBytes);
  const ctx = surface.createContext(deps, req);
  const response = await callOpenApi(surface, req, ctx, path, body);
  if (response.status >= 400) return reshapeError(response);
  return response;
}

/**
 * Serves one request on the REST surfaces: CORS, OpenAPI documents, plain routes and the
 * OpenAPI adapter over the surface's tRPC router, all answering errors in Dify's envelope.
 */
export async function dispatchSurface(deps: AppDeps, surface: Surface, req: Request): Promise<Response> {
  const url = new URL(req.url);
  const path = url.pathname.slice(surface.prefix.length) || '/';
  if (surface.cors && req.method === 'OPTIONS') return new Response(null, { status: 204, headers: corsHeaders(req) });
  let response: Response;
  try {
    response = await serveSurface(deps, surface, req, path);
  } catch (error) {
    response = respondWithError(deps, error, `${surface.name} ${req.method} ${path}`);
  }
  return surface.cors ? withHeaders(response, corsHeaders(req)) : response;
}
