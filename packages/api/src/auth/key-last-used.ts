import { touchApiKeys } from '../data/unscoped';
import { batcherFor } from '../data/write-batches';
import { type AppDeps } from '../deps';

/** `last_used_at` is kept to the minute: every request writing it would serialise a busy key's callers on one row. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** When this process last wrote each key's `last_used_at`: other requests within the minute skip the write. */
const lastTouched = new Map<string, number>();

const KEY_TOUCHES = Symbol('api key touches');

interface KeyTouch {
  tokenId: string;
  at: Date;
}

function touchesOf(deps: AppDeps) {
  return batcherFor<KeyTouch>(deps.db, KEY_TOUCHES, (touches) =>
    touchApiKeys(deps.db, touches, LAST_USED_RESOLUTION_MS).catch((error: unknown) => {
      // Only the key's "last used" column is behind; the request it came from has been answered.
      deps.logger.error('api key last_used_at not recorded', { keys: touches.length, error: error instanceof Error ? error.message : String(error) });
    }),
  );
}

/**
 * Records that an API key (app or dataset) was used, at most once a minute per key. The request
 * does not wait: the write joins the others of the same moment in one UPDATE after it.
 */
export function touchKeyLastUsed(deps: AppDeps, tokenId: string): void {
  const now = deps.now();
  const touched = lastTouched.get(tokenId);
  if (touched !== undefined && now.getTime() - touched < LAST_USED_RESOLUTION_MS && now.getTime() >= touched) return;
  if (lastTouched.size > 10_000) lastTouched.clear();
  lastTouched.set(tokenId, now.getTime());
  void touchesOf(deps).write({ tokenId, at: now });
}

/** Resolves once every key use recorded so far is written: listings show a key's own use, closing loses none. */
export function settledKeyTouches(deps: AppDeps): Promise<void> {
  return touchesOf(deps).settled();
}
