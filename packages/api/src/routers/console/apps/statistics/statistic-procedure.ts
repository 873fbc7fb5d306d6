import { z } from 'zod';
import { getDailyStatistic } from '../../../../services/app-statistics/get-statistic';
import { type StatisticName } from '../../../../services/app-statistics/statistics';
import { authedProcedure } from '../../../../trpc';
import { STATISTIC_TYPES, ZStatisticRequest } from './statistics.types';

/**
 * The eight statistics differ only in their query and their row, so one builder makes each
 * procedure from the statistic's name rather than eight files repeating the same lines.
 */
export function statisticProcedure<N extends StatisticName>(name: N) {
  const { meta, row } = STATISTIC_TYPES[name];
  return authedProcedure
    .meta(meta)
    .input(ZStatisticRequest)
    .output(z.object({ data: z.array(row) }))
    .query(({ ctx, input: { app_id, ...range } }) => getDailyStatistic(ctx.deps, ctx.actor, name, app_id, range));
}
