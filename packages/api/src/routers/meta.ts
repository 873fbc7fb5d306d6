import { type OpenApiMeta } from 'trpc-to-openapi';

/** OpenAPI meta for one procedure; `protect` defaults to true, public ones say `protect: false`. */
export type RouteMeta = OpenApiMeta;

export function route(openapi: NonNullable<OpenApiMeta['openapi']>): RouteMeta {
  return { openapi: { protect: true, ...openapi } };
}
