import { headers } from 'next/headers';
import { consoleRouter } from '@tessera/api';
import { getRuntime } from '@tessera/api/runtime';
import { getPageSession } from '@/lib/auth';

/** Calls console procedures from server components, as the signed-in account. */
export async function getServerCaller() {
  const [rt, session, headerList] = await Promise.all([getRuntime(), getPageSession(), headers()]);
  const req = new Request(`http://${headerList.get('host') ?? 'localhost'}/api/trpc`, { headers: new Headers(headerList) });
  const ctx = await rt.createRpcContext({ req, resHeaders: new Headers(), session });
  return consoleRouter.createCaller(ctx);
}

export async function isSetupFinished(): Promise<boolean> {
  const caller = await getServerCaller();
  const status = await caller.setup.status();
  return status.step === 'finished';
}

/** The signed-in account, or null when there is no session or it no longer matches an account. */
export async function getCurrentAccount() {
  const caller = await getServerCaller();
  try {
    return await caller.account.profile();
  } catch {
    return null;
  }
}
