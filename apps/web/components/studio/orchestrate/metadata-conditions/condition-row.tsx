'use client';

import { useTranslations } from 'next-intl';
import { Trash2Icon } from 'lucide-react';
import { IconButton } from '@/components/ui/icon-button';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import {
  type ConditionError,
  type DraftCondition,
  type MetadataFieldOption,
  needsValue,
  OPERATORS_BY_TYPE,
} from '@/lib/studio/metadata-conditions';
import { ConditionValueInput } from './condition-value-input';

/**
 * One condition: the field, an operator its type allows, and the value when the operator needs
 * one. Choosing a field of another type starts the operator and the value over, because neither
 * carries across types. Stacks on a phone, one line from the small breakpoint up.
 */
export function ConditionRow(props: {
  index: number;
  condition: DraftCondition;
  fields: readonly MetadataFieldOption[];
  error: ConditionError | null;
  onChange: (next: DraftCondition) => void;
  onRemove: () => void;
}) {
  const k = useTranslations('studio.knowledge.conditions');
  const { condition, fields, error } = props;
  const field = fields.find((f) => f.name === condition.name);
  const operators = field ? OPERATORS_BY_TYPE[field.type] : [];
  const errorId = `condition-error-${condition.key}`;

  const chooseField = (name: string) => {
    const next = fields.find((f) => f.name === name);
    if (!next) return;
    const sameType = field?.type === next.type;
    props.onChange({
      ...condition,
      name,
      comparison_operator: sameType ? condition.comparison_operator : OPERATORS_BY_TYPE[next.type][0]!,
      value: sameType ? condition.value : null,
    });
  };

  return (
    <li className="grid gap-2 rounded-md border p-2" data-testid="metadata-condition" data-field={condition.name}>
      <div className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,9rem)_minmax(0,1fr)_auto] sm:items-center">
        <Select value={field ? condition.name : undefined} onValueChange={chooseField}>
          <SelectTrigger
            aria-label={k('field', { n: props.index + 1 })}
            aria-invalid={error === 'field' || undefined}
            aria-describedby={error === 'field' ? errorId : undefined}
            className="aria-invalid:border-destructive"
            data-testid="condition-field"
          >
            <SelectValue placeholder={k('fieldPlaceholder')} />
          </SelectTrigger>
          <SelectContent>
            {fields.map((option) => (
              <SelectItem key={option.name} value={option.name} data-testid="condition-field-option" data-name={option.name}>
                {option.name} <span className="text-xs text-muted-foreground">· {k(`types.${option.type}`)}{option.builtIn ? ` · ${k('builtIn')}` : ''}</span>
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select
          value={operators.includes(condition.comparison_operator) ? condition.comparison_operator : undefined}
          onValueChange={(comparison_operator) => props.onChange({ ...condition, comparison_operator, value: needsValue(comparison_operator) ? condition.value : null })}
          disabled={!field}
        >
          <SelectTrigger
            aria-label={k('operator')}
            aria-invalid={error === 'operator' || undefined}
            aria-describedby={error === 'operator' ? errorId : undefined}
            className="aria-invalid:border-destructive"
            data-testid="condition-operator"
          >
            <SelectValue placeholder={k('operatorPlaceholder')} />
          </SelectTrigger>
          <SelectContent>
            {operators.map((operator) => (
              <SelectItem key={operator} value={operator} data-testid="condition-operator-option" data-operator={operator}>
                {k(`operators.${operatorKey(operator)}`)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {field && needsValue(condition.comparison_operator) ? (
          <ConditionValueInput
            type={field.type}
            value={condition.value}
            invalid={error === 'value' || error === 'number'}
            describedBy={error ? errorId : undefined}
            onChange={(value) => props.onChange({ ...condition, value })}
          />
        ) : (
          <span className="hidden sm:block" aria-hidden />
        )}
        <IconButton label={k('remove', { n: props.index + 1 })} onClick={props.onRemove} data-testid="condition-remove" className="justify-self-end">
          <Trash2Icon />
        </IconButton>
      </div>
      {error ? (
        <p id={errorId} className="text-xs text-destructive" role="alert" data-testid="condition-error">
          {k(`errors.${error}`)}
        </p>
      ) : null}
    </li>
  );
}

/** Message keys cannot hold the symbols and spaces of the backend's operator names. */
const OPERATOR_KEYS = {
  is: 'is',
  'is not': 'isNot',
  contains: 'contains',
  'not contains': 'notContains',
  'start with': 'startWith',
  'end with': 'endWith',
  empty: 'empty',
  'not empty': 'notEmpty',
  '=': 'eq',
  '≠': 'ne',
  '>': 'gt',
  '<': 'lt',
  '≥': 'ge',
  '≤': 'le',
  before: 'before',
  after: 'after',
} as const;
const operatorKey = (operator: string) => OPERATOR_KEYS[operator as keyof typeof OPERATOR_KEYS] ?? 'is';
