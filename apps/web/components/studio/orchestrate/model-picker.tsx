'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { useLocalText } from '@/components/model-providers/local-text';
import { Badge } from '@/components/ui/badge';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { SelectGroup, SelectLabel } from '@/components/ui/select-group';
import { labelFor } from '@/lib/i18n/label-for';
import { useTRPC } from '@/lib/trpc';

export interface ModelChoice {
  provider: string;
  name: string;
  mode: string;
}

const SEPARATOR = '\u0000';

/** The workspace's chat models grouped by provider; the chosen one's features are shown as badges. */
export function ModelPicker({
  value,
  onChange,
  id = 'model-select',
  label,
}: {
  value: ModelChoice | null;
  onChange: (next: ModelChoice) => void;
  id?: string;
  label?: string;
}) {
  const t = useTranslations();
  const local = useLocalText();
  const trpc = useTRPC();
  const models = useQuery(trpc.modelProviders.models.listByType.queryOptions({ model_type: 'llm' }));
  const providers = models.data?.data ?? [];
  const chosen = value?.name ? `${value.provider}${SEPARATOR}${value.name}` : undefined;
  const chosenModel = providers.find((p) => p.provider === value?.provider)?.models.find((m) => m.model === value?.name);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label ?? t('studio.model.title')}</Label>
      <Select
        value={chosen}
        onValueChange={(key) => {
          const [provider = '', name = ''] = key.split(SEPARATOR);
          const model = providers.find((p) => p.provider === provider)?.models.find((m) => m.model === name);
          onChange({ provider, name, mode: model?.model_properties.mode ?? 'chat' });
        }}
        disabled={providers.length === 0}
      >
        <SelectTrigger id={id} data-testid={id}>
          <SelectValue placeholder={providers.length === 0 && !models.isLoading ? t('studio.model.none') : t('studio.model.choose')} />
        </SelectTrigger>
        <SelectContent>
          {providers.map((provider) => (
            <SelectGroup key={provider.provider}>
              <SelectLabel>{local(provider.label)}</SelectLabel>
              {provider.models.map((model) => (
                <SelectItem
                  key={model.model}
                  value={`${provider.provider}${SEPARATOR}${model.model}`}
                  disabled={model.status !== 'active'}
                  data-testid="model-option"
                  data-model={model.model}
                >
                  {local(model.label) || model.model}
                </SelectItem>
              ))}
            </SelectGroup>
          ))}
        </SelectContent>
      </Select>
      {chosenModel ? (
        <div className="flex flex-wrap gap-1" data-testid="model-features">
          {chosenModel.model_properties.mode ? <Badge variant="outline">{chosenModel.model_properties.mode.toUpperCase()}</Badge> : null}
          {chosenModel.model_properties.context_size ? (
            <Badge variant="outline">{t('modelProviders.context', { tokens: chosenModel.model_properties.context_size })}</Badge>
          ) : null}
          {chosenModel.features.map((feature) => (
            <Badge key={feature} variant="secondary">
              {labelFor(t, `modelFeatures.${feature}`, feature)}
            </Badge>
          ))}
        </div>
      ) : null}
    </div>
  );
}
