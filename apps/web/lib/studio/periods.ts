/** The date ranges Dify's logs and statistics offer, counted back from today on the operator's clock. */
export const PERIODS = ['today', '7d', '4w', '3m', '12m', 'all'] as const;
export type Period = (typeof PERIODS)[number];

const DAYS: Record<Exclude<Period, 'all'>, number> = { today: 0, '7d': 7, '4w': 28, '3m': 90, '12m': 365 };

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM-DD HH:MM` on the local clock, the form the console endpoints read. */
export const localMinute = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** The `start`/`end` query of a period; `all` has no bounds. The end is the next midnight, so today counts in full. */
export function periodRange(period: Period, now: Date): { start?: string; end?: string } {
  if (period === 'all') return {};
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - DAYS[period]);
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return { start: localMinute(start), end: localMinute(end) };
}
