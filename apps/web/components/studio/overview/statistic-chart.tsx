'use client';

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartPoint {
  date: string;
  value: number;
}

/** One statistic as a small area chart, with its sum or average above it; the chart is decoration for screen readers, which read the figure's caption. */
export function StatisticChart({ title, summary, points, testId }: { title: string; summary: string; points: ChartPoint[]; testId: string }) {
  return (
    <figure className="grid gap-2 rounded-xl border bg-card p-4" data-testid={testId}>
      <figcaption className="flex items-baseline justify-between gap-2">
        <span className="text-sm font-medium">{title}</span>
        <span className="text-lg font-semibold tabular-nums" data-testid={`${testId}-summary`}>
          {summary}
        </span>
      </figcaption>
      <div className="h-36" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={points} accessibilityLayer={false} margin={{ top: 4, right: 4, bottom: 0, left: -24 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            <XAxis dataKey="date" tick={{ fontSize: 10, fill: 'var(--muted-foreground)' }} tickLine={false} axisLine={false} minTickGap={24} />
            <YAxis tick={{ fontSize: 10, fill: 'var(--muted-foreground)' }} tickLine={false} axisLine={false} allowDecimals />
            <Tooltip contentStyle={{ background: 'var(--popover)', border: '1px solid var(--border)', borderRadius: 8, fontSize: 12 }} />
            <Area type="monotone" dataKey="value" stroke="var(--primary)" fill="var(--primary)" fillOpacity={0.12} strokeWidth={2} />
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
