'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Trash2Icon } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { FormError } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { IconButton } from '@/components/ui/icon-button';
import { labelFor } from '@/lib/i18n/label-for';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { resetOnClose } from '@/lib/utils';
import { useLocalText } from './local-text';
import { type ModelEntry } from './provider-types';
import { Switch } from '@/components/ui/switch';
import { useRefreshModelProviders } from './use-refresh';

interface Props {
  provider: string;
  canManage: boolean;
  customizable: boolean;
}

/** The models a provider offers in this workspace: predefined ones and the custom ones added here. */
export function ProviderModels({ provider, canManage, customizable }: Props) {
  const t = useTranslations();
  const trpc = useTRPC();
  const refresh = useRefreshModelProviders();
  const models = useQuery(trpc.modelProviders.models.list.queryOptions({ provider }));
  const [removing, setRemoving] = useState<ModelEntry | null>(null);
  const enable = useMutation(trpc.modelProviders.models.enable.mutationOptions({ onSuccess: refresh }));
  const disable = useMutation(trpc.modelProviders.models.disable.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.modelProviders.models.remove.mutationOptions({
      onSuccess: async () => {
        setRemoving(null);
        await refresh();
      },
    }),
  );
  const rows: ModelEntry[] = models.data?.data ?? [];
  const toggleError = enable.error ?? disable.error;

  if (models.isLoading) return <p className="px-4 py-4 text-sm text-muted-foreground">{t('common.loading')}</p>;
  return (
    <div className="grid gap-2" data-testid="provider-models">
      <FormError>{models.error ? errorMessage(t, models.error) : toggleError ? errorMessage(t, toggleError) : ''}</FormError>
      {rows.length === 0 && !models.error ? (
        <p className="px-4 py-4 text-sm text-muted-foreground" data-testid="provider-models-empty">
          {t('modelProviders.modelsEmpty')} {customizable ? t('modelProviders.customModelsHint') : null}
        </p>
      ) : (
        <ul className="divide-y">
          {rows.map((model) => (
            <ModelRow
              key={`${model.model_type}/${model.model}`}
              model={model}
              canManage={canManage}
              busy={enable.isPending || disable.isPending}
              onToggle={(on) => (on ? enable : disable).mutate({ provider, model: model.model, model_type: model.model_type })}
              onRemove={() => setRemoving(model)}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        testId="remove-model-dialog"
        open={removing !== null}
        title={t('modelProviders.removeModelTitle')}
        description={removing ? t('modelProviders.removeModelDescription', { name: removing.model }) : ''}
        confirmLabel={t('modelProviders.removeModel')}
        pending={remove.isPending}
        error={remove.error}
        onOpenChange={resetOnClose(() => setRemoving(null), remove)}
        onConfirm={() => removing && remove.mutate({ provider, model: removing.model, model_type: removing.model_type })}
      />
    </div>
  );
}

interface RowProps {
  model: ModelEntry;
  canManage: boolean;
  busy: boolean;
  onToggle: (on: boolean) => void;
  onRemove: () => void;
}

function ModelRow({ model, canManage, busy, onToggle, onRemove }: RowProps) {
  const t = useTranslations();
  const text = useLocalText();
  const custom = model.fetch_from === 'customizable-model';
  const context = model.model_properties?.context_size;
  const label = text(model.label) || model.model;
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1.5 px-4 py-2.5" data-testid="model-row" data-model={model.model} data-model-type={model.model_type}>
      <div className="flex min-w-0 flex-1 flex-wrap items-center gap-1.5">
        <span className="truncate text-sm font-medium" data-testid="model-row-name">
          {label}
        </span>
        <Badge variant="outline" data-testid="model-row-type">
          {labelFor(t, `modelTypes.${model.model_type}`, model.model_type)}
        </Badge>
        {custom ? <Badge variant="secondary">{t('modelProviders.custom')}</Badge> : null}
        {model.deprecated ? <Badge variant="warning">{t('modelProviders.deprecated')}</Badge> : null}
        {context ? (
          <span className="text-xs text-muted-foreground" data-testid="model-row-context">
            {t('modelProviders.context', { tokens: context })}
          </span>
        ) : null}
        {(model.features ?? []).map((feature) => (
          <Badge key={feature} variant="default" className="font-normal">
            {labelFor(t, `modelFeatures.${feature}`, feature)}
          </Badge>
        ))}
      </div>
      <Badge variant={model.status === 'active' ? 'success' : model.status === 'disabled' ? 'secondary' : 'warning'} data-testid="model-row-status">
        {labelFor(t, `modelProviders.modelStatuses.${model.status}`, model.status)}
      </Badge>
      {canManage ? (
        <>
          <Switch
            checked={model.status !== 'disabled'}
            disabled={busy}
            aria-label={t('modelProviders.enableModel', { name: label })}
            data-testid="model-row-toggle"
            onCheckedChange={onToggle}
          />
          {custom ? (
            <IconButton label={t('modelProviders.removeModel')} data-testid="model-row-remove" onClick={onRemove}>
              <Trash2Icon className="text-destructive" />
            </IconButton>
          ) : null}
        </>
      ) : null}
    </li>
  );
}
