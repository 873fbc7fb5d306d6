'use client';

import { useTranslations } from 'next-intl';
import * as SelectPrimitive from '@radix-ui/react-select';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { useLocalText } from './local-text';
import { type ProviderWithModels } from './provider-types';

/** A model as the select stores it; JSON because both names may contain any separator. */
export function modelKey(provider: string, model: string): string {
  return JSON.stringify([provider, model]);
}

export function parseModelKey(key: string): { provider: string; model: string } {
  const [provider, model] = JSON.parse(key) as [string, string];
  return { provider, model };
}

/** Only models usable now can become defaults; the server refuses the others. */
function usableGroups(groups: ProviderWithModels[]): ProviderWithModels[] {
  return groups
    .map((group) => ({ ...group, models: group.models.filter((model) => model.status === 'active') }))
    .filter((group) => group.models.length > 0);
}

function keysOf(groups: ProviderWithModels[]): Set<string> {
  return new Set(groups.flatMap((group) => group.models.map((model) => modelKey(group.provider, model.model))));
}

export function usableKeys(groups: ProviderWithModels[]): Set<string> {
  return keysOf(usableGroups(groups));
}

interface Props {
  modelType: string;
  value: string | undefined;
  groups: ProviderWithModels[];
  disabled: boolean;
  onChange: (key: string) => void;
}

export function DefaultModelSelect({ modelType, value, groups, disabled, onChange }: Props) {
  const t = useTranslations();
  const text = useLocalText();
  const usable = usableGroups(groups);
  const offered = keysOf(usable);
  const stale = value && !offered.has(value) ? parseModelKey(value) : null;
  const empty = usable.length === 0 && !stale;

  return (
    <Select value={value ?? ''} onValueChange={onChange} disabled={disabled || empty}>
      <SelectTrigger id={`default-model-${modelType}`} className="min-w-0" data-testid={`default-model-${modelType}`}>
        <SelectValue placeholder={empty ? t('modelProviders.noModels') : t('modelProviders.selectModel')} />
      </SelectTrigger>
      <SelectContent>
        {stale ? (
          <SelectItem value={value as string}>
            {stale.model} ({t('modelProviders.unavailable')})
          </SelectItem>
        ) : null}
        {usable.map((group) => (
          <SelectPrimitive.Group key={group.provider}>
            <SelectPrimitive.Label className="px-2 pt-2 pb-1 text-xs font-medium text-muted-foreground">{text(group.label)}</SelectPrimitive.Label>
            {group.models.map((model) => (
              <SelectItem
                key={model.model}
                value={modelKey(group.provider, model.model)}
                data-testid="default-model-option"
                data-model={model.model}
                data-provider={group.provider}
              >
                {text(model.label) || model.model}
              </SelectItem>
            ))}
          </SelectPrimitive.Group>
        ))}
      </SelectContent>
    </Select>
  );
}
