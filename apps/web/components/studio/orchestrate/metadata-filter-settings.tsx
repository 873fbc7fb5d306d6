'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { useTRPC } from '@/lib/trpc';
import { ModelChoiceSelect, modelChoiceValue, splitModelChoice } from './model-choice-select';

export type MetadataFilterMode = 'disabled' | 'automatic' | 'manual';
export const METADATA_FILTER_MODES: readonly MetadataFilterMode[] = ['disabled', 'automatic', 'manual'];

/** The chosen model as the select keeps it: provider and model name in one value. */
export const metadataModelValue = (config: { provider?: unknown; name?: unknown } | null | undefined) => modelChoiceValue(config?.provider, config?.name);

export const metadataModelConfig = (value: string, previous: Record<string, unknown> | null | undefined) => {
  const { provider, model } = splitModelChoice(value);
  return { completion_params: {}, ...(previous ?? {}), provider, name: model, mode: 'chat' };
};

/**
 * Metadata filtering of the app's searches: off, conditions the chosen model derives from each
 * question (automatic), or the conditions saved with the app (manual).
 */
export function MetadataFilterSettings(props: {
  mode: MetadataFilterMode;
  model: string;
  /** The manual conditions editor, shown in manual mode. */
  manualEditor: ReactNode;
  onModeChange: (mode: MetadataFilterMode) => void;
  onModelChange: (model: string) => void;
}) {
  const k = useTranslations('studio.knowledge');
  const trpc = useTRPC();
  const llms = useQuery({ ...trpc.modelProviders.models.listByType.queryOptions({ model_type: 'llm' }), enabled: props.mode === 'automatic' });
  const providers = llms.data?.data ?? [];
  return (
    <div className="grid gap-2 border-t pt-3">
      <Label htmlFor="metadata-filter-mode">{k('metadataFilter')}</Label>
      <Select value={props.mode} onValueChange={(value) => props.onModeChange(value as MetadataFilterMode)}>
        <SelectTrigger id="metadata-filter-mode" data-testid="metadata-filter-mode">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {METADATA_FILTER_MODES.map((mode) => (
            <SelectItem key={mode} value={mode}>
              {k(`metadataFilterModes.${mode}`)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <p className="text-xs text-muted-foreground">{k(`metadataFilterHints.${props.mode}`)}</p>
      {props.mode === 'manual' ? props.manualEditor : null}
      {props.mode === 'automatic' ? (
        <ModelChoiceSelect
          providers={providers}
          value={props.model}
          onChange={props.onModelChange}
          label={k('metadataModel')}
          noneLabel={k('metadataModelNone')}
          testId="metadata-filter-model"
        />
      ) : null}
    </div>
  );
}
