import { actorForAccount } from './auth/console-session';
import { buildContext, type Context } from './context';
import { type AppDeps, type AppHandle, createAppDeps } from './deps';
import { createHttpHandler, type HttpHandler } from './http/handler';

export interface Runtime {
  deps: AppDeps;
  handle: HttpHandler;
  /** Context for the typed RPC mount: the caller is the next-auth session's account. */
  createRpcContext(opts: { req: Request; resHeaders?: Headers; accountId: string | null }): Promise<Context>;
  close(): Promise<void>;
}

export function createRuntime(app: AppHandle): Runtime {
  const { deps } = app;
  return {
    deps,
    handle: createHttpHandler(deps, app.database),
    async createRpcContext({ req, accountId }) {
      return buildContext(deps, req, { actor: async () => (accountId ? actorForAccount(deps, accountId) : null) });
    },
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
