import { touchApiKey } from '../data/unscoped';
import { type AppDeps } from '../deps';

/** `last_used_at` is kept to the minute: every request writing it would serialise a busy key's callers on one row. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** When this process last wrote each key's `last_used_at`: other requests within the minute skip the write. */
const lastTouched = new Map<string, number>();

/** Records that an API key (app or dataset) was used, at most once a minute per key. */
export async function touchKeyLastUsed(deps: AppDeps, tokenId: string): Promise<void> {
  const now = deps.now();
  const touched = lastTouched.get(tokenId);
  if (touched !== undefined && now.getTime() - touched < LAST_USED_RESOLUTION_MS && now.getTime() >= touched) return;
  if (lastTouched.size > 10_000) lastTouched.clear();
  lastTouched.set(tokenId, now.getTime());
  await touchApiKey(deps.db, tokenId, now, new Date(now.getTime() - LAST_USED_RESOLUTION_MS));
}
