import { and, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { type AnyPgColumn } from 'drizzle-orm/pg-core';
import { type WallClockRange } from './time-range';

/** One app's rows in one workspace, seen from the account's time zone over a wall-clock range. */
export interface StatisticScope {
  workspaceId: string;
  appId: string;
  timezone: string;
  range: WallClockRange;
}

/** The calendar day of a timestamp in the account's time zone, as Dify prints a date. */
export const dayOf = (column: AnyPgColumn, timezone: string) => sql<string>`to_char(${column} AT TIME ZONE ${timezone}, 'YYYY-MM-DD')`;

/** A wall-clock time in the account's time zone as an instant; Postgres settles daylight-saving edges. */
const instant = (wallClock: string, timezone: string) => sql`(${wallClock}::timestamp AT TIME ZONE ${timezone})`;

/** The statistic's rows: the app's own, never the console debugger's, created within the range. */
export function scopeFilter(
  scope: StatisticScope,
  columns: { workspaceId: AnyPgColumn; appId: AnyPgColumn; createdAt: AnyPgColumn },
  invokeFrom: AnyPgColumn,
): SQL | undefined {
  return and(
    eq(columns.workspaceId, scope.workspaceId),
    eq(columns.appId, scope.appId),
    ne(invokeFrom, 'debugger'),
    scope.range.start ? gte(columns.createdAt, instant(scope.range.start, scope.timezone)) : undefined,
    scope.range.end ? lt(columns.createdAt, instant(scope.range.end, scope.timezone)) : undefined,
  );
}

/** Group and order by the first selected column, the day: a repeated expression would bind the time zone twice. */
export const FIRST_COLUMN = sql`1`;
