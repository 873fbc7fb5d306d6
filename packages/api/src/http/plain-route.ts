import { z } from 'zod';
import { type Context } from '../context';
import { errors } from '../errors';
import { readUploadForm, type UploadForm } from './upload-form';
import { AUTH_FLAVOURS, type AuthFlavour, type CallerOf } from './auth-flavours';
import { readJsonBody } from './body';
import { assertNoNulCharacters } from './nul-characters';
import { type HttpMethod, type PlainRoute } from './surface';
import { describeZodError } from './zod-message';

type AnySchema = z.ZodType;
type OutputOf<S> = S extends AnySchema ? z.output<S> : undefined;

/** A JSON body, or a multipart form whose text fields are checked and whose files are bounded. */
export type BodySpec =
  | { json: AnySchema }
  | { multipart: { fields: AnySchema; maxBytes: (ctx: Context) => number; fileField?: string } };

/** A JSON body checked against `schema`. */
export const jsonBody = <S extends AnySchema>(schema: S) => ({ json: schema });

/** A multipart form: text fields checked against `fields`, at most `maxBytes(ctx)` of file read. */
export const multipartBody = <S extends AnySchema>(fields: S, maxBytes: (ctx: Context) => number, fileField?: string) => ({
  multipart: { fields, maxBytes, fileField },
});

type BodyOf<B> = B extends { json: infer S } ? OutputOf<S> : B extends { multipart: { fields: infer S } } ? { fields: OutputOf<S>; form: UploadForm } : undefined;

export interface ResponseSpec {
  description: string;
  /** JSON answers are documented from their schema. */
  json?: AnySchema;
  /** Other answers (streams, files) by content type, with a short schema; beside `json` when both occur. */
  content?: Record<string, { schema: Record<string, unknown> }>;
}

export interface PlainRouteSpec<A extends AuthFlavour, P, Q, B> {
  method: HttpMethod;
  /** Relative to the surface prefix, with `{param}` placeholders. */
  path: string;
  auth: A;
  summary: string;
  description?: string;
  tags: string[];
  operationId?: string;
  deprecated?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  responses: Record<number, ResponseSpec>;
  handle(input: {
    ctx: Context;
    caller: CallerOf<A>;
    params: OutputOf<P>;
    query: OutputOf<Q>;
    body: BodyOf<B>;
    req: Request;
  }): Promise<Response>;
}

function parseWith<S extends AnySchema>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const { message, field } = describeZodError(parsed.error);
  throw errors.invalidParam(message, field);
}

function queryObject(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (!(key in query)) query[key] = value;
  return query;
}

async function readBody(spec: BodySpec | undefined, ctx: Context, req: Request): Promise<unknown> {
  if (!spec) return undefined;
  if ('json' in spec) return parseWith(spec.json, (await readJsonBody(req, ctx.deps.config.maxJsonBodyBytes)) ?? {});
  const form = await readUploadForm(req, spec.multipart.maxBytes(ctx));
  return { fields: parseWith(spec.multipart.fields, { ...form.fields }), form };
}

/**
 * The operation in zod-openapi's form (the document generator turns zod schemas into components,
 * shared with the procedures): `requestParams` for path and query, zod schemas for bodies and answers.
 */
function documentOperation(spec: PlainRouteSpec<AuthFlavour, unknown, unknown, unknown>): Record<string, unknown> {
  const pathParams = [...spec.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const path = (spec.params as AnySchema | undefined) ?? z.object(Object.fromEntries(pathParams.map((name) => [name, z.string()])));
  const body = spec.body as BodySpec | undefined;
  let requestBody: Record<string, unknown> | undefined;
  if (body && 'json' in body) requestBody = { required: true, content: { 'application/json': { schema: body.json } } };
  if (body && 'multipart' in body) {
    const fileField = body.multipart.fileField ?? 'file';
    const fields = body.multipart.fields as unknown as z.ZodObject;
    const schema = fields.extend({ [fileField]: z.string().meta({ format: 'binary', description: 'The file' }) });
    requestBody = { required: true, content: { 'multipart/form-data': { schema } } };
  }
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(spec.responses)) {
    const content = { ...(response.json ? { 'application/json': { schema: response.json } } : {}), ...response.content };
    responses[status] = { description: response.description, ...(Object.keys(content).length > 0 ? { content } : {}) };
  }
  const words = spec.path.replace(/[{}]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  return {
    operationId: spec.operationId ?? spec.method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(''),
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.deprecated ? { deprecated: true } : {}),
    tags: spec.tags,
    security: AUTH_FLAVOURS[spec.auth].security,
    requestParams: { path, ...(spec.query ? { query: spec.query } : {}) },
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

/**
 * A route the OpenAPI adapter cannot serve (multipart uploads, binary downloads, framed and SSE
 * streams), declared like a procedure: an auth flavour, zod schemas for path, query and body, and
 * documented answers. The caller is resolved first (so a wrong key never makes the server read a
 * body), then inputs are parsed and NUL-checked in Dify's `invalid_param` shape, and the OpenAPI
 * operation is generated from the same schemas.
 */
export function definePlainRoute<A extends AuthFlavour, P extends AnySchema | undefined = undefined, Q extends AnySchema | undefined = undefined, B extends BodySpec | undefined = undefined>(
  spec: PlainRouteSpec<A, P, Q, B>,
): PlainRoute {
  return {
    method: spec.method,
    path: spec.path,
    openapi: documentOperation(spec as PlainRouteSpec<AuthFlavour, unknown, unknown, unknown>),
    async handle(ctx, req, rawParams) {
      const caller = (await AUTH_FLAVOURS[spec.auth].resolve(ctx)) as CallerOf<A>;
      const rawQuery = queryObject(ctx.request.url);
      assertNoNulCharacters({ ...rawParams, ...rawQuery });
      const params = (spec.params ? parseWith(spec.params, rawParams) : undefined) as OutputOf<P>;
      const query = (spec.query ? parseWith(spec.query, rawQuery) : undefined) as OutputOf<Q>;
      const body = (await readBody(spec.body, ctx, req)) as BodyOf<B>;
      return spec.handle({ ctx, caller, params, query, body, req });
    },
  };
}
