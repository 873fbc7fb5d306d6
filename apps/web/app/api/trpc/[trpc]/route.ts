import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { type inferRouterContext } from '@trpc/server';
import { consoleRouter, type ConsoleRouter } from '@tessera/api';
import { getRuntime } from '@tessera/api/runtime';
import { getSessionAccountId } from '@/lib/auth';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

async function handler(req: Request): Promise<Response> {
  const [rt, accountId] = await Promise.all([getRuntime(), getSessionAccountId()]);
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: consoleRouter,
    createContext: ({ req: request, resHeaders }) =>
      rt.createRpcContext({ req: request, resHeaders, accountId }) as Promise<inferRouterContext<ConsoleRouter>>,
    onError({ error, path }) {
      // The client already gets a masked message; the log gets the cause, through the redacting logger.
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        const cause = error.cause ?? error;
        rt.deps.logger.error('rpc procedure failed', { procedure: path, error: cause instanceof Error ? cause.stack ?? cause.message : String(cause) });
      }
    },
  });
}

export { handler as GET, handler as POST };
