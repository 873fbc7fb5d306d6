'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { TextField } from '@/components/ui/text-field';
import { FormActions } from '@/components/form-actions';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { type FormValues, initialValues, missingRequired, toCredentials } from './form-values';
import { useLocalText } from './local-text';
import { type ProviderResponse } from './provider-types';
import { SchemaFields } from './schema-fields';
import { useRefreshModelProviders } from './use-refresh';

interface Props {
  provider: ProviderResponse;
  /** null adds a new credential. */
  credentialId: string | null;
  onDone: () => void;
  onCancel: () => void;
}

/** Loads the saved (masked) values of a credential before editing it. */
export function CredentialForm(props: Props) {
  const t = useTranslations();
  const trpc = useTRPC();
  const { provider, credentialId } = props;
  const saved = useQuery({
    ...trpc.modelProviders.credentials.get.queryOptions({ provider: provider.provider, credential_id: credentialId ?? '' }),
    enabled: credentialId !== null,
    staleTime: 0,
  });
  if (credentialId === null) return <CredentialFormBody {...props} saved={null} />;
  if (saved.error) return <FormError>{errorMessage(t, saved.error)}</FormError>;
  if (!saved.data) return <p className="py-6 text-center text-sm text-muted-foreground">{t('common.loading')}</p>;
  return <CredentialFormBody {...props} saved={saved.data.credentials} />;
}

function CredentialFormBody({ provider, credentialId, onDone, onCancel, saved }: Props & { saved: Record<string, unknown> | null }) {
  const t = useTranslations();
  const text = useLocalText();
  const trpc = useTRPC();
  const refresh = useRefreshModelProviders();
  const schemas = provider.provider_credential_schema?.credential_form_schemas ?? [];
  const savedName = provider.custom_configuration.available_credentials?.find((c) => c.credential_id === credentialId)?.credential_name;
  const [name, setName] = useState(savedName ?? '');
  const [values, setValues] = useState<FormValues>(() => initialValues(schemas, saved));
  const [missing, setMissing] = useState<string[]>([]);
  const onSuccess = async () => {
    await refresh();
    onDone();
  };
  const create = useMutation(trpc.modelProviders.credentials.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.modelProviders.credentials.update.mutationOptions({ onSuccess }));
  const pending = create.isPending || update.isPending;
  const error = create.error ?? update.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    const absent = missingRequired(schemas, values);
    setMissing(absent);
    if (absent.length > 0) return;
    const credentials = toCredentials(schemas, values);
    const named = name.trim() ? { name: name.trim() } : {};
    if (credentialId) update.mutate({ provider: provider.provider, credential_id: credentialId, credentials, ...named });
    else create.mutate({ provider: provider.provider, credentials, ...named });
  }

  const labels = missing.map((variable) => text(schemas.find((field) => field.variable === variable)?.label) || variable);
  return (
    <form className="grid gap-4" onSubmit={submit} data-testid="credential-form">
      <TextField
        id="credential-name"
        data-testid="credential-name-input"
        label={t('modelProviders.credentialName')}
        hint={t('modelProviders.credentialNameHint')}
        placeholder={t('modelProviders.credentialNamePlaceholder')}
        maxLength={30}
        value={name}
        disabled={pending}
        onChange={(event) => setName(event.target.value)}
      />
      <SchemaFields schemas={schemas} values={values} disabled={pending} onChange={(variable, value) => setValues((v) => ({ ...v, [variable]: value }))} />
      {saved ? <p className="text-xs text-muted-foreground">{t('modelProviders.maskedHint')}</p> : null}
      <FormError data-testid="credential-form-error">
        {labels.length > 0 ? t('modelProviders.missingFields', { fields: labels.join(', ') }) : error ? errorMessage(t, error) : ''}
      </FormError>
      <FormActions
        onCancel={onCancel}
        pending={pending}
        submitLabel={t('common.save')}
        pendingLabel={t('modelProviders.checking')}
        submitTestId="credential-form-submit"
      />
    </form>
  );
}
