import { createOpenApiNodeHttpHandler } from 'trpc-to-openapi';
import { type Context } from '../context';
import { findAppError } from '../errors';
import { type Surface } from './surface';

const CONTEXT = Symbol('tessera.context');

type Carrier = Request & { [CONTEXT]: Context };
type NodeHandler = (req: unknown, res: unknown) => Promise<void>;

/** Applies what a procedure asked for (status, cookies, headers) to the adapter's answer. */
function responseMetaFrom(ctx: Context | undefined) {
  const headers: Record<string, string[]> = {};
  for (const [name, value] of ctx?.response.headers ?? []) (headers[name] ??= []).push(value);
  return { status: ctx?.response.status, headers };
}

/**
 * One adapter handler per surface, built once: the adapter's own fetch entry point builds a new
 * handler (and, outside production, a whole OpenAPI document) on every request. The per-request
 * context travels on the request object.
 */
const handlers = new WeakMap<Surface, NodeHandler>();

function handlerFor(surface: Surface): NodeHandler {
  let handler = handlers.get(surface);
  if (!handler) {
    handler = createOpenApiNodeHttpHandler({
      router: surface.router,
      createContext: ({ req }: { req: Carrier }) => req[CONTEXT],
      responseMeta: ({ ctx }: { ctx?: Context }) => responseMetaFrom(ctx),
      onError: ({ error, path, ctx }: { error: { code: string; message: string; cause?: unknown }; path?: string; ctx?: Context }) => {
        if (findAppError(error) || error.code !== 'INTERNAL_SERVER_ERROR') return;
        const cause = error.cause instanceof Error ? error.cause.stack ?? error.cause.message : error.message;
        ctx?.deps.logger.error('procedure failed', { surface: surface.name, procedure: path, error: cause });
      },
    } as never) as unknown as NodeHandler;
    handlers.set(surface, handler);
  }
  return handler;
}

/**
 * Runs a request through the surface's OpenAPI adapter. `body` is the already parsed and checked
 * JSON body; the adapter sees it as JSON whatever the client's content type was. The adapter reads
 * DELETE input from the query only, while Dify clients send some of it (`user`) in a JSON body:
 * scalar body fields of a DELETE join the query.
 */
export function callOpenApi(
  surface: Surface,
  req: Request,
  ctx: Context,
  path: string,
  body: Record<string, unknown> | undefined,
): Promise<Response> {
  const url = new URL(req.url);
  url.pathname = path;
  const headers = new Headers(req.headers);
  if (req.method === 'DELETE') {
    for (const [key, value] of Object.entries(body ?? {})) {
      const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
      if (scalar && !url.searchParams.has(key)) url.searchParams.set(key, String(value));
    }
  } else if (body !== undefined) headers.set('content-type', 'application/json');
  const proxied = new Proxy(req, {
    get(target, property) {
      if (property === 'url') return url.toString();
      if (property === 'body') return body;
      if (property === 'headers') return headers;
      if (property === CONTEXT) return ctx;
      return (target as unknown as Record<PropertyKey, unknown>)[property];
    },
  });
  return new Promise<Response>((resolve, reject) => {
    const responseHeaders = new Headers();
    let statusCode = 200;
    const res = {
      setHeader(name: string, value: string | string[]) {
        if (typeof value === 'string') responseHeaders.set(name, value);
        else for (const item of value) responseHeaders.append(name, item);
      },
      get statusCode() {
        return statusCode;
      },
      set statusCode(code: number) {
        statusCode = code;
      },
      end(text?: string) {
        const empty = statusCode === 204 || statusCode === 304;
        resolve(new Response(empty ? null : text, { status: statusCode, headers: responseHeaders }));
      },
    };
    handlerFor(surface)(proxied, res).catch(reject);
  });
}
