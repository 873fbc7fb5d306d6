'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { cn } from '@/lib/utils';
import { type FormValues, visibleFields, visibleOptions } from './form-values';
import { useLocalText } from './local-text';
import { Switch } from '@/components/ui/switch';
import { type FormSchema } from './provider-types';

interface Props {
  schemas: FormSchema[];
  values: FormValues;
  onChange: (variable: string, value: string) => void;
  disabled?: boolean;
}

/** Renders a Dify credential form schema, showing only the fields whose `show_on` conditions hold. */
export function SchemaFields({ schemas, values, onChange, disabled }: Props) {
  const text = useLocalText();
  return (
    <>
      {visibleFields(schemas, values).map((field) => {
        const id = `credential-${field.variable}`;
        return (
          <div key={field.variable} className="grid gap-2" data-testid={`field-${field.variable}`}>
            <Label htmlFor={id}>
              {text(field.label)}
              {field.required ? <RequiredMark /> : null}
            </Label>
            <FieldInput id={id} field={field} values={values} onChange={onChange} disabled={disabled} placeholder={text(field.placeholder)} />
          </div>
        );
      })}
    </>
  );
}

export function RequiredMark() {
  const t = useTranslations();
  return (
    <span className="text-destructive" title={t('modelProviders.required')} aria-label={t('modelProviders.required')}>
      *
    </span>
  );
}

interface FieldProps {
  id: string;
  field: FormSchema;
  values: FormValues;
  onChange: (variable: string, value: string) => void;
  disabled?: boolean;
  placeholder: string;
}

function FieldInput({ id, field, values, onChange, disabled, placeholder }: FieldProps) {
  const t = useTranslations();
  const text = useLocalText();
  const value = values[field.variable] ?? '';
  const set = (next: string) => onChange(field.variable, next);
  const testId = `credential-input-${field.variable}`;

  if (field.type === 'select') {
    const options = visibleOptions(field, values);
    const current = options.some((option) => option.value === value) ? value : '';
    return (
      <Select value={current} onValueChange={set} disabled={disabled}>
        <SelectTrigger id={id} data-testid={testId}>
          <SelectValue placeholder={placeholder || undefined} />
        </SelectTrigger>
        <SelectContent>
          {options.map((option) => (
            <SelectItem key={option.value} value={option.value} data-testid={`${testId}-${option.value}`}>
              {text(option.label)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    );
  }
  if (field.type === 'radio') {
    return (
      <div id={id} role="radiogroup" className="flex flex-wrap gap-2" data-testid={testId}>
        {visibleOptions(field, values).map((option) => (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={value === option.value}
            disabled={disabled}
            data-testid={`${testId}-${option.value}`}
            onClick={() => set(option.value)}
            className={cn(
              'cursor-pointer rounded-md border bg-card px-3 py-1.5 text-sm transition-colors hover:border-primary/50 disabled:cursor-not-allowed disabled:opacity-50',
              value === option.value && 'border-primary bg-primary/5 text-primary ring-1 ring-primary',
            )}
          >
            {text(option.label)}
          </button>
        ))}
      </div>
    );
  }
  if (field.type === 'switch') {
    const checked = value === 'true';
    return (
      <div className="flex items-center gap-2">
        <Switch id={id} checked={checked} disabled={disabled} data-testid={testId} onCheckedChange={(next) => set(String(next))} />
        <span className="text-sm text-muted-foreground">{checked ? t('modelProviders.on') : t('modelProviders.off')}</span>
      </div>
    );
  }
  return (
    <Input
      id={id}
      type={field.type === 'secret-input' ? 'password' : 'text'}
      autoComplete={field.type === 'secret-input' ? 'new-password' : 'off'}
      data-testid={testId}
      disabled={disabled}
      maxLength={field.max_length ?? undefined}
      placeholder={placeholder}
      value={value}
      onChange={(event) => set(event.target.value)}
    />
  );
}
