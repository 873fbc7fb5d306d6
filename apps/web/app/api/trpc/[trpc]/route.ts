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
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'} failed`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
