'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Dialog, DialogContent, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { FormActions } from '@/components/form-actions';
import { errorMessage } from '@/lib/errors';
import { cn } from '@/lib/utils';
import { DEFAULT_ICON } from './app-icon';
import { type EmojiIcon, IconPicker } from './icon-picker';
import { type AppMode, CREATABLE_MODES, MODE_ICONS } from './modes';

export interface AppFormValues {
  name: string;
  description: string;
  mode: AppMode;
  icon: string;
  icon_background: string;
}

interface Props {
  kind: 'create' | 'edit' | 'duplicate';
  open: boolean;
  initial?: Partial<AppFormValues>;
  pending: boolean;
  error: unknown;
  onOpenChange: (open: boolean) => void;
  onSubmit: (values: AppFormValues) => void;
}

export function AppFormDialog(props: Props) {
  const t = useTranslations();
  const title = props.kind === 'create' ? t('apps.createTitle') : props.kind === 'edit' ? t('apps.editTitle') : t('apps.duplicateTitle');
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <DialogContent closeLabel={t('common.close')} className={cn(props.kind === 'create' && 'max-w-2xl')} data-testid="app-form-dialog">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
        </DialogHeader>
        {/* Keyed on open so each opening starts from the given values. */}
        {props.open ? <AppForm {...props} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function AppForm({ kind, initial, pending, error, onOpenChange, onSubmit }: Props) {
  const t = useTranslations();
  const [mode, setMode] = useState<AppMode>(initial?.mode ?? 'chat');
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [icon, setIcon] = useState<EmojiIcon>({
    icon: initial?.icon ?? DEFAULT_ICON.icon,
    icon_background: initial?.icon_background ?? DEFAULT_ICON.icon_background,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ mode, name: name.trim(), description: description.trim(), ...icon });
  }

  return (
    <form className="grid gap-5" onSubmit={submit}>
      {kind === 'create' ? (
        <fieldset className="grid gap-2">
          <legend className="mb-2 text-sm font-medium">{t('apps.type')}</legend>
          <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3" role="radiogroup" aria-label={t('apps.type')}>
            {CREATABLE_MODES.map((value) => {
              const Icon = MODE_ICONS[value];
              const selected = mode === value;
              return (
                <button
                  key={value}
                  type="button"
                  role="radio"
                  aria-checked={selected}
                  data-testid={`mode-option-${value}`}
                  onClick={() => setMode(value)}
                  className={cn(
                    'flex cursor-pointer flex-col items-start gap-1 rounded-lg border bg-card p-3 text-left transition-colors hover:border-primary/50',
                    selected && 'border-primary bg-primary/5 ring-1 ring-primary',
                  )}
                >
                  <span className="flex items-center gap-2 text-sm font-medium">
                    {Icon ? <Icon className="size-4 text-primary" /> : null}
                    {t(`modes.${value}`)}
                  </span>
                  <span className="text-xs leading-snug text-muted-foreground">{t(`modeDescriptions.${value}`)}</span>
                </button>
              );
            })}
          </div>
        </fieldset>
      ) : null}
      <div className="grid gap-2">
        <Label htmlFor="app-name">{t('apps.name')}</Label>
        <div className="flex items-center gap-3">
          <IconPicker value={icon} onChange={setIcon} />
          <Input
            id="app-name"
            data-testid="app-name-input"
            required
            maxLength={80}
            placeholder={t('apps.namePlaceholder')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="app-description">
          {t('apps.descriptionLabel')}
          <span className="text-xs font-normal text-muted-foreground">({t('common.optional')})</span>
        </Label>
        <Textarea
          id="app-description"
          data-testid="app-description-input"
          maxLength={400}
          placeholder={t('apps.descriptionPlaceholder')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <FormError data-testid="app-form-error">{error ? errorMessage(t, error) : ''}</FormError>
      <FormActions
        onCancel={() => onOpenChange(false)}
        pending={pending}
        ready={name.trim() !== ''}
        submitLabel={kind === 'edit' ? t('common.save') : t('common.create')}
        pendingLabel={kind === 'edit' ? t('common.saving') : t('common.creating')}
        submitTestId="app-form-submit"
      />
    </form>
  );
}
