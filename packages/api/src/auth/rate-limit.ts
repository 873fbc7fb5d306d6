import { eq, sql } from 'drizzle-orm';
import { rateLimitCounters } from '@tessera/db';
import { type AppDeps } from '../deps';

/**
 * Fixed-window counters in Postgres, so limits hold across every app instance. `hit` adds one and
 * answers the count in the current window; an expired window starts again at one.
 */
export async function hitCounter(deps: AppDeps, key: string, windowSeconds: number, renew = false): Promise<number> {
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + windowSeconds * 1000);
  // Raw SQL gets no column type, and postgres.js cannot bind a bare Date: pass typed ISO strings.
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  const expiresSql = sql`${expiresAt.toISOString()}::timestamptz`;
  const [row] = await deps.db
    .insert(rateLimitCounters)
    .values({ key, count: 1, expiresAt })
    .onConflictDoUpdate({
      target: rateLimitCounters.key,
      set: {
        count: sql`case when ${rateLimitCounters.expiresAt} <= ${nowSql} then 1 else ${rateLimitCounters.count} + 1 end`,
        expiresAt: renew
          ? expiresAt
          : sql`case when ${rateLimitCounters.expiresAt} <= ${nowSql} then ${expiresSql} else ${rateLimitCounters.expiresAt} end`,
      },
    })
    .returning({ count: rateLimitCounters.count });
  return row?.count ?? 1;
}

export async function readCounter(deps: AppDeps, key: string): Promise<number> {
  const [row] = await deps.db.select().from(rateLimitCounters).where(eq(rateLimitCounters.key, key));
  if (!row || row.expiresAt <= deps.now()) return 0;
  return row.count;
}

export async function resetCounter(deps: AppDeps, key: string): Promise<void> {
  await deps.db.delete(rateLimitCounters).where(eq(rateLimitCounters.key, key));
}
