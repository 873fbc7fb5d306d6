import { and, eq, gt, sql } from 'drizzle-orm';
import { rateLimitCounters } from '@tessera/db';
import { type AppDeps } from '../deps';

/**
 * Fixed-window counters in Postgres, so limits hold across every app instance. Every change is one
 * statement that reads and writes the row together: a count read first and written later lets
 * parallel requests all see the same room under a limit.
 */

export interface AttemptLimit {
  /** Attempts allowed in one window. */
  max: number;
  windowSeconds: number;
  /** Restart the window at every reserved attempt (a lockout that lasts from the last failure). */
  renew?: boolean;
}

// Raw SQL gets no column type, and postgres.js cannot bind a bare Date: pass typed ISO strings.
const timestamp = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Adds one to the window in one statement and answers the new count, or nothing when `max` is
 * given and the window is already full: a full window is left as it is, so a refused attempt
 * neither counts nor prolongs a lockout. An expired window starts again at one.
 */
async function countInWindow(
  deps: AppDeps,
  key: string,
  windowSeconds: number,
  renew: boolean,
  max?: number,
): Promise<number | undefined> {
  const at = deps.now();
  const now = timestamp(at);
  const expiresAt = new Date(at.getTime() + windowSeconds * 1000);
  const expired = sql`${rateLimitCounters.expiresAt} <= ${now}`;
  const [row] = await deps.db
    .insert(rateLimitCounters)
    .values({ key, count: 1, expiresAt })
    .onConflictDoUpdate({
      target: rateLimitCounters.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimitCounters.count} + 1 end`,
        expiresAt: renew ? expiresAt : sql`case when ${expired} then ${timestamp(expiresAt)} else ${rateLimitCounters.expiresAt} end`,
      },
      ...(max === undefined ? {} : { setWhere: sql`${expired} or ${rateLimitCounters.count} < ${max}` }),
    })
    .returning({ count: rateLimitCounters.count });
  return row?.count;
}

/**
 * Takes one attempt from the window before the attempt is checked, and answers whether it was
 * granted. The database decides between parallel requests, so at most `max` attempts are granted
 * per window however many arrive together.
 */
export async function reserveAttempt(deps: AppDeps, key: string, limit: AttemptLimit): Promise<boolean> {
  return (await countInWindow(deps, key, limit.windowSeconds, limit.renew ?? false, limit.max)) !== undefined;
}

/** Gives back one granted attempt that should not count (it succeeded, or it checked nothing). */
export async function releaseAttempt(deps: AppDeps, key: string): Promise<void> {
  await deps.db
    .update(rateLimitCounters)
    .set({ count: sql`${rateLimitCounters.count} - 1` })
    .where(and(eq(rateLimitCounters.key, key), gt(rateLimitCounters.count, 0), gt(rateLimitCounters.expiresAt, deps.now())));
}

/** Counts an event that is not itself limited (a breach of another limit) and answers the count. */
export async function hitCounter(deps: AppDeps, key: string, windowSeconds: number, renew = false): Promise<number> {
  return (await countInWindow(deps, key, windowSeconds, renew)) ?? 1;
}

/**
 * The count in the current window. Only for flags set elsewhere (a freeze): guarding an attempt
 * with a read races with the attempts beside it, so attempts are reserved instead.
 */
export async function readCounter(deps: AppDeps, key: string): Promise<number> {
  const [row] = await deps.db.select().from(rateLimitCounters).where(eq(rateLimitCounters.key, key));
  if (!row || row.expiresAt <= deps.now()) return 0;
  return row.count;
}

export async function resetCounter(deps: AppDeps, key: string): Promise<void> {
  await deps.db.delete(rateLimitCounters).where(eq(rateLimitCounters.key, key));
}
