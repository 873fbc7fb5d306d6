import { getRuntime } from '@tessera/api/runtime';
import { getPageSession } from '@/lib/auth';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

async function handler(req: Request): Promise<Response> {
  const [rt, session] = await Promise.all([getRuntime(), getPageSession()]);
  return rt.handleRpc({ req, endpoint: '/api/trpc', session });
}

export { handler as GET, handler as POST };
