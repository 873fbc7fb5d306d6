import { type AnyRouter } from '@trpc/server';
import { type Context } from '../context';
import { type AppDeps } from '../deps';
import { type ConnectionInfo } from './connection';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A route the OpenAPI adapter cannot serve (multipart, SSE, binary); still documented. */
export interface PlainRoute {
  method: HttpMethod;
  /** Relative to the surface prefix, with `{param}` placeholders, e.g. `/files/upload`. */
  path: string;
  handle(ctx: Context, req: Request, params: Record<string, string>): Promise<Response>;
  /** The OpenAPI operation object for this route. */
  openapi: Record<string, unknown>;
}

export type SurfaceName = 'console' | 'web' | 'service' | 'inner' | 'files' | 'mcp';

export interface Surface {
  name: SurfaceName;
  prefix: string;
  title: string;
  description: string;
  router: AnyRouter;
  /** Browsers call these from other origins (the Service API and the web-app API). */
  cors: boolean;
  plainRoutes: PlainRoute[];
  /** Builds the per-request context with this surface's way of knowing the caller. */
  createContext(deps: AppDeps, req: Request, connection: ConnectionInfo): Context;
  securitySchemes: Record<string, Record<string, unknown>>;
}
