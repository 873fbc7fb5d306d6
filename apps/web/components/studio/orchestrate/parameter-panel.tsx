'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { useLocalText } from '@/components/model-providers/local-text';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';
import { type RouterOutputs, useTRPC } from '@/lib/trpc';

type Rule = RouterOutputs['modelProviders']['models']['parameterRules']['data'][number];
type Params = Record<string, unknown>;

function initialValue(rule: Rule): unknown {
  if (rule.default !== undefined && rule.default !== null) return rule.default;
  if (rule.type === 'boolean') return false;
  if (rule.type === 'int' || rule.type === 'float') return rule.min ?? 0;
  return rule.options?.[0] ?? '';
}

/**
 * The chosen model's parameters, built from its parameter rules. As in Dify a parameter is only
 * sent when switched on (required ones always are), so the model's own defaults apply otherwise.
 */
export function ParameterPanel({ provider, model, value, onChange }: { provider: string; model: string; value: Params; onChange: (next: Params) => void }) {
  const t = useTranslations();
  const local = useLocalText();
  const trpc = useTRPC();
  const rules = useQuery({ ...trpc.modelProviders.models.parameterRules.queryOptions({ provider, model }), enabled: Boolean(provider && model) });
  const list = rules.data?.data ?? [];
  if (!provider || !model || list.length === 0) return null;
  const set = (name: string, next: unknown) => {
    const copy = { ...value };
    if (next === undefined) delete copy[name];
    else copy[name] = next;
    onChange(copy);
  };
  return (
    <fieldset className="grid gap-3 rounded-lg border p-3" data-testid="parameter-panel">
      <legend className="px-1 text-sm font-medium">{t('studio.model.parameters')}</legend>
      {list.map((rule) => {
        const on = rule.required || rule.name in value;
        const id = `param-${rule.name}`;
        const current = value[rule.name] ?? initialValue(rule);
        return (
          <div key={rule.name} className="grid grid-cols-[auto_1fr_8rem] items-center gap-2" data-testid="parameter-row" data-parameter={rule.name}>
            <Switch
              checked={on}
              disabled={rule.required}
              aria-label={t('studio.model.useParameter', { name: local(rule.label) })}
              onCheckedChange={(checked) => set(rule.name, checked ? initialValue(rule) : undefined)}
            />
            <label htmlFor={id} className="truncate text-sm" title={local(rule.help) || undefined}>
              {local(rule.label)}
            </label>
            {rule.type === 'boolean' ? (
              <Switch id={id} checked={Boolean(current)} disabled={!on} onCheckedChange={(checked) => set(rule.name, checked)} aria-label={local(rule.label)} />
            ) : rule.options?.length ? (
              <Select value={String(current)} disabled={!on} onValueChange={(next) => set(rule.name, next)}>
                <SelectTrigger id={id} className="h-8">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {rule.options.map((option) => (
                    <SelectItem key={option} value={option}>
                      {option}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            ) : rule.type === 'int' || rule.type === 'float' ? (
              <Input
                id={id}
                type="number"
                className="h-8"
                disabled={!on}
                min={rule.min}
                max={rule.max}
                step={rule.type === 'int' ? 1 : 10 ** -(rule.precision ?? 2)}
                value={String(current)}
                onChange={(e) => set(rule.name, e.target.value === '' ? undefined : Number(e.target.value))}
              />
            ) : (
              <Input id={id} className="h-8" disabled={!on} value={String(current)} onChange={(e) => set(rule.name, e.target.value)} />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
