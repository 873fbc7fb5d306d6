import { generateOpenApiDocument } from 'trpc-to-openapi';
import { mergeSurfaceDocuments } from './openapi-merge';
import { documentNoContentAnswers, nameUnnamedOperations } from './openapi-operations';
import { typeDocumentSchemas } from './openapi-typed-schemas';
import { type Surface } from './surface';

const ERROR_SCHEMA = {
  type: 'object',
  description: "Dify's error envelope.",
  properties: {
    code: { type: 'string', example: 'invalid_param' },
    message: { type: 'string' },
    status: { type: 'integer', example: 400 },
    params: { type: 'string', description: 'The offending field, for invalid_param errors.' },
  },
  required: ['code', 'message', 'status'],
};

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };

/** The adapter documents its own error body; every error response here is Dify's envelope. */
function rewriteErrorSchemas(paths: Record<string, Record<string, Operation>>): void {
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (Number(status) < 400) continue;
        response.content = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
      }
    }
  }
}

/** Copies arrays and plain objects; zod schemas inside stay as they are, for the generator to convert. */
function copyPlainObjects<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyPlainObjects) as T;
  if (typeof value !== 'object' || value === null) return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, copyPlainObjects(child)])) as T;
}

const cache = new WeakMap<Surface, Record<string, unknown>>();

export function buildSurfaceDocument(surface: Surface, baseUrl: string): Record<string, unknown> {
  const cached = cache.get(surface);
  if (cached) return cached;
  const plainPaths: Record<string, Record<string, unknown>> = {};
  for (const route of surface.plainRoutes) {
    // A copy: the steps below rewrite operations in place, and each route's object is shared.
    (plainPaths[route.path] ??= {})[route.method.toLowerCase()] = copyPlainObjects(route.openapi);
  }
  const document = generateOpenApiDocument(surface.router, {
    title: `Tessera ${surface.title}`,
    description: surface.description,
    version: '0.1.0',
    baseUrl: `${baseUrl.replace(/\/$/, '')}${surface.prefix}`,
    securitySchemes: surface.securitySchemes as never,
    paths: plainPaths as never,
  }) as unknown as Record<string, unknown> & { paths: Record<string, Record<string, Operation>>; components: Record<string, unknown> };
  rewriteErrorSchemas(document.paths);
  documentNoContentAnswers(document.paths, surface.router);
  nameUnnamedOperations(document.paths);
  const components = document.components ?? {};
  document.components = { ...components, schemas: { ...((components.schemas as Record<string, unknown>) ?? {}), Error: ERROR_SCHEMA } };
  typeDocumentSchemas(document);
  cache.set(surface, document);
  return document;
}

const mergedCache = new WeakMap<Surface[], Record<string, unknown>>();

/** One document for every surface: paths carry their full prefix. */
export function buildMergedDocument(surfaces: Surface[], baseUrl: string): Record<string, unknown> {
  const cached = mergedCache.get(surfaces);
  if (cached) return cached;
  const documents = surfaces.map((surface) => ({ name: surface.name, prefix: surface.prefix, document: buildSurfaceDocument(surface, baseUrl) }));
  const info = { title: 'Tessera API', version: '0.1.0', description: 'Every REST surface of Tessera, Dify-compatible.' };
  const merged = mergeSurfaceDocuments(documents, info, baseUrl);
  mergedCache.set(surfaces, merged);
  return merged;
}
