'use client';

import { useTranslations } from 'next-intl';
import { PlusIcon, Trash2Icon } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { IconButton } from '@/components/ui/icon-button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';
import { Textarea } from '@/components/ui/textarea';
import { DEFAULT_MAX_LENGTH, isVariableKey, type PromptVariable, VARIABLE_TYPES, type VariableType } from '@/lib/studio/prompt-variables';

function nextKey(variables: PromptVariable[]): string {
  for (let i = 1; ; i++) if (!variables.some((v) => v.variable === `var_${i}`)) return `var_${i}`;
}

export function VariablesTable({ variables, onChange }: { variables: PromptVariable[]; onChange: (next: PromptVariable[]) => void }) {
  const s = useTranslations('studio.variables');
  const set = (index: number, change: Partial<PromptVariable>) => onChange(variables.map((v, i) => (i === index ? { ...v, ...change } : v)));
  return (
    <section className="grid gap-2" aria-labelledby="variables-title">
      <div className="flex items-center justify-between">
        <h3 id="variables-title" className="text-sm font-medium">
          {s('title')}
        </h3>
        <Button
          variant="outline"
          size="sm"
          data-testid="variable-add"
          onClick={() => onChange([...variables, { type: 'text-input', variable: nextKey(variables), label: '', required: true, max_length: DEFAULT_MAX_LENGTH }])}
        >
          <PlusIcon />
          {s('add')}
        </Button>
      </div>
      {variables.length === 0 ? <p className="text-xs text-muted-foreground">{s('empty')}</p> : null}
      <ul className="grid gap-2">
        {variables.map((v, index) => {
          const badKey = !isVariableKey(v.variable) || variables.findIndex((o) => o.variable === v.variable) !== index;
          return (
            <li key={index} className="grid gap-2 rounded-lg border bg-card p-2 sm:grid-cols-[1fr_1fr_9rem_auto]" data-testid="variable-row" data-variable={v.variable}>
              <Input aria-label={s('key')} value={v.variable} aria-invalid={badKey} onChange={(e) => set(index, { variable: e.target.value })} data-testid="variable-key" />
              <Input aria-label={s('label')} placeholder={s('label')} value={v.label} onChange={(e) => set(index, { label: e.target.value })} data-testid="variable-label" />
              <Select value={v.type} onValueChange={(type) => set(index, { type: type as VariableType })}>
                <SelectTrigger aria-label={s('type')} data-testid="variable-type">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {VARIABLE_TYPES.map((type) => (
                    <SelectItem key={type} value={type}>
                      {s(`types.${type}`)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              <div className="flex items-center gap-2">
                <label className="flex items-center gap-1.5 text-xs text-muted-foreground">
                  <Switch checked={v.required} onCheckedChange={(required) => set(index, { required })} aria-label={s('required')} data-testid="variable-required" />
                  {s('required')}
                </label>
                <IconButton label={s('remove')} onClick={() => onChange(variables.filter((_, i) => i !== index))} data-testid="variable-remove">
                  <Trash2Icon />
                </IconButton>
              </div>
              {v.type === 'text-input' || v.type === 'paragraph' || v.type === 'file-list' ? (
                <label className="flex items-center gap-2 text-xs text-muted-foreground sm:col-span-2">
                  {v.type === 'file-list' ? s('maxFiles') : s('maxLength')}
                  <Input
                    type="number"
                    min={1}
                    className="h-8 w-24"
                    value={v.max_length ?? ''}
                    onChange={(e) => set(index, { max_length: e.target.value ? Number(e.target.value) : undefined })}
                    data-testid="variable-max-length"
                  />
                </label>
              ) : null}
              {v.type === 'select' ? (
                <label className="grid gap-1 text-xs text-muted-foreground sm:col-span-4">
                  {s('options')}
                  <Textarea
                    rows={3}
                    value={(v.options ?? []).join('\n')}
                    placeholder={s('optionsPlaceholder')}
                    onChange={(e) => set(index, { options: e.target.value.split('\n') })}
                    data-testid="variable-options"
                  />
                </label>
              ) : null}
              {badKey ? (
                <p role="alert" className="text-xs text-destructive sm:col-span-4">
                  {s('badKey')}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
