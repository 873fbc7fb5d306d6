'use client';

import { type ReactNode } from 'react';
import { Switch } from '@/components/ui/switch';

/** One feature: a switch with its name and hint, and its settings beneath while it is on. */
export function FeatureRow({
  id,
  title,
  hint,
  checked,
  onCheckedChange,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  children?: ReactNode;
}) {
  return (
    <div className="grid gap-2 rounded-lg border bg-card p-3" data-testid={`feature-${id}`}>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm font-medium" id={`feature-${id}-title`}>
            {title}
          </p>
          <p className="text-xs text-muted-foreground">{hint}</p>
        </div>
        <Switch checked={checked} onCheckedChange={onCheckedChange} aria-labelledby={`feature-${id}-title`} data-testid={`feature-${id}-switch`} />
      </div>
      {checked && children ? <div className="grid gap-2">{children}</div> : null}
    </div>
  );
}
