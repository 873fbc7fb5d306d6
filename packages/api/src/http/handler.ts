import { type DatabaseHandle } from '@tessera/db';
import { type AppDeps } from '../deps';
import { SURFACES, surfaceFor } from '../surfaces';
import { dispatchSurface } from './dispatch';
import { envelopeFor, errorResponse } from './envelope';
import { healthResponse } from './health';
import { buildMergedDocument } from './openapi';

export type HttpHandler = (req: Request) => Promise<Response>;

/** One fetch-style handler for every REST surface, `/health` and the merged `/openapi.json`. */
export function createHttpHandler(deps: AppDeps, database: DatabaseHandle): HttpHandler {
  return async (req) => {
    const { pathname } = new URL(req.url);
    if (pathname === '/health') return healthResponse(deps, database);
    if (pathname === '/openapi.json') return Response.json(buildMergedDocument(SURFACES, deps.config.consoleApiUrl));
    const surface = surfaceFor(pathname);
    if (!surface) return errorResponse(envelopeFor(404, 'The requested URL was not found on the server.'));
    return dispatchSurface(deps, surface, req);
  };
}
