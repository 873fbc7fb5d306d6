import { forwardToRuntime } from '@/lib/mount';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = forwardToRuntime;
export const POST = forwardToRuntime;
export const PUT = forwardToRuntime;
export const PATCH = forwardToRuntime;
export const DELETE = forwardToRuntime;
export const OPTIONS = forwardToRuntime;
export const HEAD = forwardToRuntime;
