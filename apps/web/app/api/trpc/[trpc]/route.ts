import { getRuntime } from '@tessera/api/runtime';
import { getSessionAccountId } from '@/lib/auth';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

async function handler(req: Request): Promise<Response> {
  const [rt, accountId] = await Promise.all([getRuntime(), getSessionAccountId()]);
  return rt.handleRpc({ req, endpoint: '/api/trpc', accountId });
}

export { handler as GET, handler as POST };
