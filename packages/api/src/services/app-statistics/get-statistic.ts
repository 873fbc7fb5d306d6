import { eq } from 'drizzle-orm';
import { accounts } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { assertConsoleAppMode } from '../app-config/console-mode-gate';
import { findWorkspaceApp } from '../apps/app-rows';
import { DAILY_STATISTICS, type DailyStatistic, type StatisticName, type StatisticRow } from './statistics';
import { parseWallClockRange } from './time-range';

export interface StatisticRangeInput {
  start?: string;
  end?: string;
}

/**
 * `GET /apps/{app_id}/statistics/{name}`: one of Dify's daily statistics of the app, in days of the
 * caller's time zone; `start` and `end` are wall-clock times in that zone (end excluded).
 */
export async function getDailyStatistic<N extends StatisticName>(
  deps: AppDeps,
  actor: Actor,
  name: N,
  appId: string,
  input: StatisticRangeInput,
): Promise<{ data: StatisticRow<N>[] }> {
  const statistic: DailyStatistic = DAILY_STATISTICS[name];
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  if (statistic.modes) assertConsoleAppMode(app, statistic.modes);
  const range = parseWallClockRange(input.start, input.end);
  const [account] = await deps.db.select({ timezone: accounts.timezone }).from(accounts).where(eq(accounts.id, actor.accountId));
  const scope = { workspaceId: actor.workspaceId, appId: app.id, timezone: account?.timezone || 'UTC', range };
  // The table keeps each statistic's own row type; indexing it by a generic name loses that link.
  return { data: (await statistic.rows(deps.db, scope)) as StatisticRow<N>[] };
}
