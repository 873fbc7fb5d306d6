'use client';

import { useTranslations, useFormatter } from 'next-intl';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { labelFor } from '@/lib/i18n/label-for';
import { type Period, periodRange } from '@/lib/studio/periods';
import { useTRPC } from '@/lib/trpc';
import { PeriodSelect } from '../period-select';
import { isChatMode } from '../shell/sections';
import { type ChartPoint, StatisticChart } from './statistic-chart';

type Row = { date: string } & Record<string, unknown>;
const num = (value: unknown) => (typeof value === 'number' ? value : Number(value ?? 0) || 0);

/** Dify's eight app statistics over a chosen period, one chart each. */
export function StatisticsGrid({ appId, mode }: { appId: string; mode: string }) {
  const formatter = useFormatter();
  const s = useTranslations('studio.overview.stats');
  const trpc = useTRPC();
  const [period, setPeriod] = useState<Period>('7d');
  const [now] = useState(() => new Date());
  const input = { app_id: appId, ...periodRange(period, now) };
  const chat = isChatMode(mode);
  const format = (value: number, digits = 0) => formatter.number(value, { maximumFractionDigits: digits });
  const specs = [
    { key: 'conversations', options: trpc.apps.statistics.dailyConversations.queryOptions(input), field: 'conversation_count', sum: true },
    { key: 'endUsers', options: trpc.apps.statistics.dailyEndUsers.queryOptions(input), field: 'terminal_count', sum: true },
    { key: 'messages', options: trpc.apps.statistics.dailyMessages.queryOptions(input), field: 'message_count', sum: true },
    { key: 'tokenCosts', options: trpc.apps.statistics.tokenCosts.queryOptions(input), field: 'total_price', sum: true, digits: 4 },
    ...(chat ? [{ key: 'interactions', options: trpc.apps.statistics.averageSessionInteractions.queryOptions(input), field: 'interactions', sum: false, digits: 2 }] : []),
    { key: 'responseTime', options: trpc.apps.statistics.averageResponseTime.queryOptions(input), field: 'latency', sum: false, digits: 0 },
    { key: 'tokensPerSecond', options: trpc.apps.statistics.tokensPerSecond.queryOptions(input), field: 'tps', sum: false, digits: 1 },
    { key: 'satisfaction', options: trpc.apps.statistics.userSatisfactionRate.queryOptions(input), field: 'rate', sum: false, digits: 1 },
  ] as const;
  const results = useQueries({ queries: specs.map((spec) => spec.options) });

  return (
    <section className="grid gap-3" aria-labelledby="stats-title">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="stats-title" className="text-base font-semibold">
          {s('title')}
        </h2>
        <PeriodSelect value={period} onChange={setPeriod} testId="stats-period" />
      </div>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {specs.map((spec, index) => {
          const rows = ((results[index]?.data as { data?: Row[] } | undefined)?.data ?? []) as Row[];
          const points: ChartPoint[] = rows.map((row) => ({ date: row.date, value: num(row[spec.field]) }));
          const total = points.reduce((acc, p) => acc + p.value, 0);
          const value = spec.sum ? total : points.length ? total / points.length : 0;
          const digits = 'digits' in spec ? spec.digits : 0;
          return <StatisticChart key={spec.key} testId={`stat-${spec.key}`} title={labelFor(s, spec.key, spec.key)} summary={format(value, digits)} points={points} />;
        })}
      </div>
    </section>
  );
}
