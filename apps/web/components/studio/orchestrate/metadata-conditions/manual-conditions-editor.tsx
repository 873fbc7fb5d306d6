'use client';

import { useTranslations } from 'next-intl';
import { PlusIcon } from 'lucide-react';
import { Button } from '@/components/ui/button';
import {
  conditionError,
  type DraftCondition,
  type LogicalOperator,
  type MetadataFieldOption,
  newConditionKey,
  OPERATORS_BY_TYPE,
} from '@/lib/studio/metadata-conditions';
import { ConditionRow } from './condition-row';
import { LogicalOperatorToggle } from './logical-operator-toggle';

/**
 * Manual metadata filtering: the conditions every searched document must meet (`and`) or of which
 * one is enough (`or`). Errors show once the operator has tried to save, so a half-written row is
 * not flagged while it is being filled in.
 */
export function ManualConditionsEditor(props: {
  logical: LogicalOperator;
  conditions: DraftCondition[];
  fields: readonly MetadataFieldOption[];
  loading: boolean;
  showErrors: boolean;
  onLogicalChange: (logical: LogicalOperator) => void;
  onConditionsChange: (conditions: DraftCondition[]) => void;
}) {
  const k = useTranslations('studio.knowledge.conditions');
  const { conditions, fields } = props;
  const add = () => {
    const first = fields[0];
    props.onConditionsChange([
      ...conditions,
      { key: newConditionKey(), name: first?.name ?? '', comparison_operator: first ? OPERATORS_BY_TYPE[first.type][0]! : '', value: null },
    ]);
  };
  return (
    <div className="grid gap-2" data-testid="metadata-conditions">
      {conditions.length > 1 ? <LogicalOperatorToggle value={props.logical} onChange={props.onLogicalChange} /> : null}
      {conditions.length === 0 ? <p className="text-xs text-muted-foreground">{k('none')}</p> : null}
      <ul className="grid gap-2">
        {conditions.map((condition, index) => (
          <ConditionRow
            key={condition.key}
            index={index}
            condition={condition}
            fields={fields}
            error={props.showErrors ? conditionError(condition, fields) : null}
            onChange={(next) => props.onConditionsChange(conditions.map((c) => (c.key === next.key ? next : c)))}
            onRemove={() => props.onConditionsChange(conditions.filter((c) => c.key !== condition.key))}
          />
        ))}
      </ul>
      {!props.loading && fields.length === 0 ? <p className="text-xs text-muted-foreground">{k('noFields')}</p> : null}
      <Button variant="outline" size="sm" className="justify-self-start" onClick={add} disabled={props.loading || fields.length === 0} data-testid="condition-add">
        <PlusIcon />
        {k('add')}
      </Button>
    </div>
  );
}
