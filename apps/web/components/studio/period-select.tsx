'use client';

import { useTranslations } from 'next-intl';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { type Period, PERIODS } from '@/lib/studio/periods';

export function PeriodSelect({ value, onChange, testId }: { value: Period; onChange: (period: Period) => void; testId: string }) {
  const t = useTranslations();
  return (
    <Select value={value} onValueChange={(next) => onChange(next as Period)}>
      <SelectTrigger className="w-40" aria-label={t('studio.periods.label')} data-testid={testId}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {PERIODS.map((period) => (
          <SelectItem key={period} value={period} data-testid={`period-${period}`}>
            {t(`studio.periods.${period}`)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
