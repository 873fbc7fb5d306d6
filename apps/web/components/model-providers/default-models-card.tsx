'use client';

import { useTranslations } from 'next-intl';
import { useMutation, useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { FormError } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import { errorMessage } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';
import { useFlash } from '@/lib/use-flash';
import { DefaultModelSelect, modelKey, parseModelKey, usableKeys } from './default-model-select';
import { useRefreshModelProviders } from './use-refresh';

const DEFAULT_MODEL_TYPES = ['llm', 'text-embedding', 'rerank', 'speech2text', 'tts', 'moderation'] as const;

export function DefaultModelsCard({ canManage }: { canManage: boolean }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const refresh = useRefreshModelProviders();
  const defaults = useQueries({
    queries: DEFAULT_MODEL_TYPES.map((type) => trpc.modelProviders.defaultModel.get.queryOptions({ model_type: type })),
  });
  const choices = useQueries({
    queries: DEFAULT_MODEL_TYPES.map((type) => trpc.modelProviders.models.listByType.queryOptions({ model_type: type })),
  });
  const [edits, setEdits] = useState<Partial<Record<string, string>>>({});
  const [saved, flashSaved] = useFlash(3000);

  const current = (index: number): string | undefined => {
    const data = defaults[index]?.data?.data;
    return data ? modelKey(data.provider.provider, data.model) : undefined;
  };
  const groups = (index: number) => choices[index]?.data?.data ?? [];
  // Like Dify, Save stores every shown default: one the server only falls back to is pinned that way.
  const settings = DEFAULT_MODEL_TYPES.flatMap((type, index) => {
    const key = edits[type] ?? current(index);
    return key && usableKeys(groups(index)).has(key) ? [{ model_type: type, ...parseModelKey(key) }] : [];
  });
  const save = useMutation(
    trpc.modelProviders.defaultModel.set.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setEdits({});
        flashSaved();
      },
    }),
  );
  const loadError = [...defaults, ...choices].find((query) => query.error)?.error;

  return (
    <Card className="grid gap-4 p-5" data-testid="default-models">
      <div>
        <h2 className="font-semibold">{t('modelProviders.defaultModels')}</h2>
        <p className="mt-1 text-sm text-muted-foreground">{t('modelProviders.defaultModelsHint')}</p>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {DEFAULT_MODEL_TYPES.map((type, index) => (
          <div key={type} className="grid min-w-0 grid-cols-1 gap-2" data-testid="default-model-field">
            <Label htmlFor={`default-model-${type}`}>{t(`modelTypes.${type}`)}</Label>
            <DefaultModelSelect
              modelType={type}
              value={edits[type] ?? current(index)}
              groups={groups(index)}
              disabled={!canManage || defaults[index]?.isLoading !== false || save.isPending}
              onChange={(key) => setEdits((e) => ({ ...e, [type]: key }))}
            />
          </div>
        ))}
      </div>
      <FormError data-testid="default-models-error">{save.error ? errorMessage(t, save.error) : loadError ? errorMessage(t, loadError) : ''}</FormError>
      {canManage ? (
        <div className="flex items-center justify-end gap-3">
          {saved ? (
            <span role="status" className="text-sm text-emerald-700" data-testid="default-models-saved">
              {t('modelProviders.defaultsSaved')}
            </span>
          ) : null}
          <Button
            disabled={settings.length === 0 || save.isPending}
            data-testid="default-models-save"
            onClick={() => save.mutate({ model_settings: settings })}
          >
            {save.isPending ? t('common.saving') : t('modelProviders.saveDefaults')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
