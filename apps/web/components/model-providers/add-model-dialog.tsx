'use client';

import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { FormActions } from '@/components/form-actions';
import { labelFor } from '@/lib/i18n/label-for';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { type FormValues, initialValues, missingRequired, MODEL_TYPE_VARIABLE, toCredentials } from './form-values';
import { useLocalText } from './local-text';
import { type ProviderResponse } from './provider-types';
import { RequiredMark, SchemaFields } from './schema-fields';
import { useRefreshModelProviders } from './use-refresh';

interface Props {
  provider: ProviderResponse | null;
  onClose: () => void;
}

export function AddModelDialog({ provider, onClose }: Props) {
  const t = useTranslations();
  const text = useLocalText();
  return (
    <Dialog open={provider !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent closeLabel={t('common.close')} className="max-w-xl" data-testid="add-model-dialog">
        {provider ? (
          <>
            <DialogHeader>
              <DialogTitle>{t('modelProviders.addModelTitle', { provider: text(provider.label) })}</DialogTitle>
              <DialogDescription>{t('modelProviders.addModelDescription')}</DialogDescription>
            </DialogHeader>
            <AddModelForm provider={provider} onClose={onClose} />
          </>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

function AddModelForm({ provider, onClose }: { provider: ProviderResponse; onClose: () => void }) {
  const t = useTranslations();
  const text = useLocalText();
  const trpc = useTRPC();
  const refresh = useRefreshModelProviders();
  const schema = provider.model_credential_schema;
  const schemas = schema?.credential_form_schemas ?? [];
  const [modelType, setModelType] = useState<string>(provider.supported_model_types[0] ?? 'llm');
  const [model, setModel] = useState('');
  const [values, setValues] = useState<FormValues>(() => initialValues(schemas));
  const [missing, setMissing] = useState<string[]>([]);
  const create = useMutation(
    trpc.modelProviders.modelCredentials.create.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onClose();
      },
    }),
  );
  // show_on conditions on the model type read it like any other field.
  const formValues = { ...values, [MODEL_TYPE_VARIABLE]: modelType };

  function submit(event: FormEvent) {
    event.preventDefault();
    const absent = missingRequired(schemas, formValues);
    setMissing(absent);
    if (absent.length > 0 || !model.trim()) return;
    create.mutate({ provider: provider.provider, model: model.trim(), model_type: modelType, credentials: toCredentials(schemas, formValues) });
  }

  const labels = missing.map((variable) => text(schemas.find((field) => field.variable === variable)?.label) || variable);
  return (
    <form className="grid gap-4" onSubmit={submit} data-testid="add-model-form">
      <div className="grid gap-2">
        <Label htmlFor="model-type">
          {t('modelProviders.modelType')}
          <RequiredMark />
        </Label>
        <Select value={modelType} onValueChange={setModelType} disabled={create.isPending}>
          <SelectTrigger id="model-type" data-testid="model-type-select">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {provider.supported_model_types.map((type) => (
              <SelectItem key={type} value={type} data-testid={`model-type-option-${type}`}>
                {labelFor(t, `modelTypes.${type}`, type)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="model-name">
          {text(schema?.model.label) || t('modelProviders.modelName')}
          <RequiredMark />
        </Label>
        <Input
          id="model-name"
          data-testid="model-name-input"
          required
          autoComplete="off"
          disabled={create.isPending}
          placeholder={text(schema?.model.placeholder)}
          value={model}
          onChange={(event) => setModel(event.target.value)}
        />
      </div>
      <SchemaFields
        schemas={schemas}
        values={formValues}
        disabled={create.isPending}
        onChange={(variable, value) => setValues((v) => ({ ...v, [variable]: value }))}
      />
      <FormError data-testid="add-model-error">
        {labels.length > 0 ? t('modelProviders.missingFields', { fields: labels.join(', ') }) : create.error ? errorMessage(t, create.error) : ''}
      </FormError>
      <FormActions
        onCancel={onClose}
        pending={create.isPending}
        ready={model.trim() !== ''}
        submitLabel={t('common.save')}
        pendingLabel={t('modelProviders.checking')}
        submitTestId="add-model-submit"
      />
    </form>
  );
}
