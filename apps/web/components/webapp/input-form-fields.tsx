'use client';

import { useTranslations } from 'next-intl';
import { type FormField } from '@/lib/webapp/input-form';

const control =
  'w-full rounded-md border border-input bg-card px-3 py-2 text-base md:text-sm outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/30 disabled:opacity-60';

/** The app's input variables as form controls, each labelled, with its length limit and options. */
export function InputFormFields(props: {
  fields: FormField[];
  values: Record<string, unknown>;
  onChange: (values: Record<string, unknown>) => void;
  disabled?: boolean;
  invalid?: string;
}) {
  const t = useTranslations('webapp');
  const set = (variable: string, value: unknown) => props.onChange({ ...props.values, [variable]: value });
  return (
    <div className="space-y-3" data-testid="webapp-input-form">
      {props.fields.map((field) => {
        const id = `webapp-input-${field.variable}`;
        const value = props.values[field.variable];
        const common = {
          id,
          name: field.variable,
          disabled: props.disabled,
          required: field.required,
          'aria-invalid': props.invalid === field.variable || undefined,
          'data-testid': id,
        };
        const label = (
          <label htmlFor={id} className="mb-1 block text-sm font-medium">
            {field.label}
            {!field.required ? <span className="ml-1 font-normal text-muted-foreground">({t('optional')})</span> : null}
          </label>
        );
        if (field.type === 'checkbox') {
          return (
            <div key={field.variable} className="flex items-center gap-2">
              <input {...common} required={false} type="checkbox" className="size-4 accent-[var(--primary)]" checked={value === true} onChange={(e) => set(field.variable, e.target.checked)} />
              <label htmlFor={id} className="text-sm">
                {field.label}
              </label>
            </div>
          );
        }
        return (
          <div key={field.variable}>
            {label}
            {field.type === 'paragraph' ? (
              <textarea {...common} className={`${control} min-h-24`} maxLength={field.maxLength} value={String(value ?? '')} onChange={(e) => set(field.variable, e.target.value)} />
            ) : field.type === 'select' ? (
              <select {...common} className={control} value={String(value ?? '')} onChange={(e) => set(field.variable, e.target.value)}>
                <option value="">{t('selectPlaceholder')}</option>
                {field.options.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                type={field.type === 'number' ? 'number' : 'text'}
                className={control}
                maxLength={field.maxLength}
                value={value === undefined || value === null ? '' : String(value)}
                onChange={(e) => set(field.variable, field.type === 'number' && e.target.value !== '' ? Number(e.target.value) : e.target.value)}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
