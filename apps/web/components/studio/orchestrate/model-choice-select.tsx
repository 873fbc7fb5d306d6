'use client';

import { useLocalText } from '@/components/model-providers/local-text';
import { type I18nText } from '@/components/model-providers/provider-types';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';

/** Joins provider and model in one select value; neither name can hold a NUL. */
const SEPARATOR = '\u0000';

/** The select's value for a saved provider and model; empty when either is missing. */
export function modelChoiceValue(provider: unknown, model: unknown): string {
  return provider && model ? `${String(provider)}${SEPARATOR}${String(model)}` : '';
}

export function splitModelChoice(value: string): { provider: string; model: string } {
  const [provider = '', model = ''] = value.split(SEPARATOR);
  return { provider, model };
}

interface ProviderModels {
  provider: string;
  label: I18nText;
  models: { model: string }[];
}

/** One model of the workspace's providers of a type (the rerank model, the metadata filter's model…). */
export function ModelChoiceSelect(props: {
  providers: ProviderModels[];
  value: string;
  onChange: (value: string) => void;
  /** The select's accessible name, and its placeholder while nothing is chosen. */
  label: string;
  /** The placeholder when the workspace has no model of this type. */
  noneLabel: string;
  testId: string;
}) {
  const local = useLocalText();
  const none = props.providers.length === 0;
  return (
    <Select value={props.value || undefined} onValueChange={props.onChange} disabled={none}>
      <SelectTrigger aria-label={props.label} data-testid={props.testId}>
        <SelectValue placeholder={none ? props.noneLabel : props.label} />
      </SelectTrigger>
      <SelectContent>
        {props.providers.flatMap((provider) =>
          provider.models.map((model) => (
            <SelectItem key={`${provider.provider}/${model.model}`} value={modelChoiceValue(provider.provider, model.model)}>
              {local(provider.label)} · {model.model}
            </SelectItem>
          )),
        )}
      </SelectContent>
    </Select>
  );
}
