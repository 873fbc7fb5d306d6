'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { epochToLocalInput, localInputToEpoch, type MetadataFieldType } from '@/lib/studio/metadata-conditions';

/**
 * The value a condition compares with, in the input its field's type calls for: text, a number, or
 * a local date and time (saved as epoch seconds, the way documents' time values are stored).
 */
export function ConditionValueInput(props: {
  type: MetadataFieldType;
  value: string | number | null;
  invalid: boolean;
  describedBy?: string;
  onChange: (value: string | number | null) => void;
}) {
  const k = useTranslations('studio.knowledge.conditions');
  const common = {
    'aria-label': k('value'),
    'aria-invalid': props.invalid || undefined,
    'aria-describedby': props.describedBy,
    'data-testid': 'condition-value',
  };
  if (props.type === 'time') {
    return (
      <Input
        {...common}
        type="datetime-local"
        value={epochToLocalInput(props.value)}
        onChange={(e) => props.onChange(localInputToEpoch(e.target.value))}
      />
    );
  }
  if (props.type === 'number') {
    return (
      <Input
        {...common}
        type="number"
        inputMode="decimal"
        step="any"
        placeholder={k('valuePlaceholder')}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : e.target.value)}
      />
    );
  }
  return <Input {...common} placeholder={k('valuePlaceholder')} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value)} />;
}
