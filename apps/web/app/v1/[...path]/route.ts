export { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from '@/lib/mount';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';
