'use client';

import { useTranslations } from 'next-intl';
import { type LogicalOperator } from '@/lib/studio/metadata-conditions';
import { cn } from '@/lib/utils';

const OPERATORS: readonly LogicalOperator[] = ['and', 'or'];

/** Whether documents must meet every condition or any one of them, as a two-way radio group. */
export function LogicalOperatorToggle({ value, onChange }: { value: LogicalOperator; onChange: (value: LogicalOperator) => void }) {
  const k = useTranslations('studio.knowledge.conditions');
  return (
    <fieldset className="flex flex-wrap items-center gap-2 text-sm">
      <legend className="sr-only">{k('logical')}</legend>
      <span className="text-xs text-muted-foreground" aria-hidden>
        {k('logical')}
      </span>
      <div className="inline-flex rounded-md border p-0.5">
        {OPERATORS.map((operator) => (
          <label
            key={operator}
            className={cn('cursor-pointer rounded px-3 py-1 text-xs font-medium has-focus-visible:ring-2 has-focus-visible:ring-ring/50', value === operator ? 'bg-primary text-primary-foreground' : 'text-muted-foreground')}
          >
            <input
              type="radio"
              name="metadata-logical-operator"
              className="sr-only"
              checked={value === operator}
              onChange={() => onChange(operator)}
              data-testid={`condition-logical-${operator}`}
            />
            {k(`logicalOperators.${operator}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
