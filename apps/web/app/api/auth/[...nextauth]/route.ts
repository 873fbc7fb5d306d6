import NextAuth from 'next-auth';
import { resolveAuthOptions } from '@/lib/auth';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: RouteContext): Promise<Response> {
  const options = await resolveAuthOptions();
  return (NextAuth(options) as (req: Request, context: RouteContext) => Promise<Response>)(req, context);
}

export { handler as GET, handler as POST };
