'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';
import { Textarea } from '@/components/ui/textarea';
import { type PromptVariable } from '@/lib/studio/prompt-variables';

/** The app's input form, filled in for debugging. File inputs are left to the web app. */
export function DebugInputs({ variables, values, onChange }: { variables: PromptVariable[]; values: Record<string, unknown>; onChange: (next: Record<string, unknown>) => void }) {
  const t = useTranslations();
  const fields = variables.filter((v) => v.type !== 'file' && v.type !== 'file-list' && v.variable);
  if (fields.length === 0) return null;
  const set = (key: string, value: unknown) => onChange({ ...values, [key]: value });
  return (
    <fieldset className="grid gap-2 rounded-lg border bg-card p-3" data-testid="debug-inputs">
      <legend className="px-1 text-sm font-medium">{t('studio.debug.inputs')}</legend>
      {fields.map((v) => {
        const id = `debug-input-${v.variable}`;
        const label = (
          <label htmlFor={id} className="text-xs text-muted-foreground">
            {v.label || v.variable}
            {v.required ? ' *' : ''}
          </label>
        );
        const value = values[v.variable];
        return (
          <div key={v.variable} className="grid gap-1">
            {label}
            {v.type === 'paragraph' ? (
              <Textarea id={id} rows={2} maxLength={v.max_length} value={String(value ?? '')} onChange={(e) => set(v.variable, e.target.value)} data-testid="debug-input" data-variable={v.variable} />
            ) : v.type === 'select' ? (
              <Select value={typeof value === 'string' && value ? value : undefined} onValueChange={(next) => set(v.variable, next)}>
                <SelectTrigger id={id} data-testid="debug-input" data-variable={v.variable}>
                  <SelectValue placeholder={t('studio.debug.choose')} />
                </SelectTrigger>
                <SelectContent>
                  {(v.options ?? []).filter(Boolean).map((option) => (
                    <SelectItem key={option} value={option}>
                      {option}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            ) : v.type === 'checkbox' ? (
              <Switch id={id} checked={Boolean(value)} onCheckedChange={(checked) => set(v.variable, checked)} aria-label={v.label || v.variable} />
            ) : (
              <Input
                id={id}
                type={v.type === 'number' ? 'number' : 'text'}
                maxLength={v.type === 'number' ? undefined : v.max_length}
                value={String(value ?? '')}
                onChange={(e) => set(v.variable, v.type === 'number' && e.target.value !== '' ? Number(e.target.value) : e.target.value)}
                data-testid="debug-input"
                data-variable={v.variable}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
