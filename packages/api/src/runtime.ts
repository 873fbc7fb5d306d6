import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { type SessionRef } from './auth/console-tokens';
import { actorForSession } from './auth/session-actor';
import { buildContext, type Context } from './context';
import { type AppDeps, type AppHandle, createAppDeps } from './deps';
import { connectionFromInternalHeaders } from './http/connection';
import { createHttpHandler, type HttpHandler } from './http/handler';
import { consoleRouter } from './routers/console/router';

export interface Runtime {
  deps: AppDeps;
  handle: HttpHandler;
  /**
   * Serves the typed RPC mount (the console router) for the next-auth session. It lives
   * here rather than in the route file because Next bundles that route apart from the instrumentation
   * that built `deps`: router, adapter and `deps` must share one module instance, or errors made on
   * one side (a model call's, an AppError) are not recognised by the other and turn into 500s.
   */
  handleRpc(opts: { req: Request; endpoint: string; session: SessionRef | null }): Promise<Response>;
  /**
   * Context for the typed RPC mount: the caller is the next-auth session's account, as long as
   * the session it names has not ended.
   */
  createRpcContext(opts: { req: Request; resHeaders?: Headers; session: SessionRef | null }): Promise<Context>;
  close(): Promise<void>;
}

/** Pages reach the API through Next.js, which cannot see the socket: Tessera's server put the connection in headers. */
async function rpcContext(deps: AppDeps, req: Request, session: SessionRef | null): Promise<Context> {
  const connection = connectionFromInternalHeaders(req.headers, new URL(req.url).origin);
  return buildContext(deps, req, { actor: async () => (session ? actorForSession(deps, session) : null) }, connection);
}

export function createRuntime(app: AppHandle): Runtime {
  const { deps } = app;
  return {
    deps,
    handle: createHttpHandler(deps, app.database),
    handleRpc: ({ req, endpoint, session }) =>
      fetchRequestHandler({
        endpoint,
        req,
        router: consoleRouter,
        createContext: () => rpcContext(deps, req, session),
        onError({ error, path }) {
          // The client gets a masked message; the log gets the cause, through the redacting logger.
          if (error.code !== 'INTERNAL_SERVER_ERROR') return;
          const cause = error.cause ?? error;
          deps.logger.error('rpc procedure failed', { procedure: path, error: cause instanceof Error ? cause.stack ?? cause.message : String(cause) });
        },
      }),
    createRpcContext: ({ req, session }) => rpcContext(deps, req, session),
    close: () => app.close(),
  };
}

const KEY = Symbol.for('tessera.runtime');
type Holder = { [KEY]?: Promise<Runtime> };

/**
 * The process-wide runtime. Next loads route bundles and instrumentation as separate module
 * instances, so the handle lives on globalThis: the data folder is opened exactly once.
 */
export function getRuntime(): Promise<Runtime> {
  const holder = globalThis as Holder;
  holder[KEY] ??= createAppDeps().then(createRuntime);
  holder[KEY].catch(() => {
    delete holder[KEY];
  });
  return holder[KEY];
}
