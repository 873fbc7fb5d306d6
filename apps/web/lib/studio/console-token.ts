'use server';

import { signConsoleTokens } from '@tessera/api';
import { getRuntime } from '@tessera/api/runtime';
import { getPageSession } from '@/lib/auth';

/**
 * A console access token for the page's own session. The studio's streams (debug answers, CSV
 * import) are plain REST routes that the typed RPC mount cannot carry; the token names the same
 * session row, so signing out ends it too. Null when the page has no session.
 */
export async function consoleAccessToken(): Promise<string | null> {
  const session = await getPageSession();
  if (!session) return null;
  const { deps } = await getRuntime();
  const { access_token } = await signConsoleTokens(deps, session);
  return access_token;
}
