import { type DatabaseHandle } from '@tessera/db';
import { type AppDeps } from '../deps';
import { SURFACES, surfaceFor } from '../surfaces';
import { type ConnectionInfo, connectionFromRequestUrl } from './connection';
import { dispatchSurface } from './dispatch';
import { envelopeFor, errorResponse } from './envelope';
import { healthResponse } from './health';
import { buildMergedDocument } from './openapi';
import { resolvePublicUrls } from './public-urls';

/**
 * Serves one request. `connection` is what Tessera's server knows from the socket (the client's
 * address, the origin it used); in-process callers without a socket may leave it out.
 */
export type HttpHandler = (req: Request, connection?: ConnectionInfo) => Promise<Response>;

/** One fetch-style handler for every REST surface, `/health` and the merged `/openapi.json`. */
export function createHttpHandler(deps: AppDeps, database: DatabaseHandle): HttpHandler {
  return async (req, connection = connectionFromRequestUrl(req)) => {
    const { pathname } = new URL(req.url);
    if (pathname === '/health') return healthResponse(deps, database);
    if (pathname === '/openapi.json') {
      const urls = resolvePublicUrls(deps.config.publicUrls, connection.origin);
      return Response.json(buildMergedDocument(SURFACES, urls.consoleApi));
    }
    const surface = surfaceFor(pathname);
    if (!surface) return errorResponse(envelopeFor(404, 'The requested URL was not found on the server.'));
    return dispatchSurface(deps, surface, req, connection);
  };
}
