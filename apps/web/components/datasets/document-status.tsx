'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { labelFor } from '@/lib/i18n/label-for';

const VARIANTS: Record<string, 'success' | 'warning' | 'destructive' | 'secondary' | 'outline'> = {
  available: 'success',
  completed: 'success',
  enabled: 'success',
  indexing: 'warning',
  queuing: 'warning',
  waiting: 'warning',
  parsing: 'warning',
  cleaning: 'warning',
  splitting: 'warning',
  paused: 'secondary',
  error: 'destructive',
  disabled: 'outline',
  archived: 'outline',
};

/** Indexing statuses that are still moving: pages poll while any document shows one. */
export const RUNNING_STATUSES = ['queuing', 'indexing', 'waiting', 'parsing', 'cleaning', 'splitting'];

export function DocumentStatus({ status }: { status: string }) {
  const t = useTranslations();
  const label = labelFor(t, `datasets.status.${status}`, status);
  return (
    <Badge variant={VARIANTS[status] ?? 'secondary'} data-testid="document-status" data-status={status}>
      {label}
    </Badge>
  );
}

export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const format = useFormatter();
  const share = total > 0 ? done / total : 0;
  const percent = Math.round(share * 100);
  return (
    <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={format.number(share, { style: 'percent' })} className="h-1.5 w-full overflow-hidden rounded-full bg-muted">
      <div className="h-full bg-primary transition-all" style={{ width: `${percent}%` }} />
    </div>
  );
}
