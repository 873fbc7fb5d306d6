import { getProvider, type ModelType, normalizeModelType, type ProviderDefinition } from '@tessera/model-runtime';
import { errors } from '../../errors';

/** A provider by canonical name or alias; unknown names are Dify's 400 "Provider xyz does not exist." */
export function requireProvider(nameOrAlias: string): ProviderDefinition {
  const definition = getProvider(nameOrAlias);
  if (!definition) throw errors.invalidParam(`Provider ${nameOrAlias} does not exist.`, 'provider');
  return definition;
}

/** Accepts the public names (`llm`, `text-embedding` …) and Dify's internal ones (`text-generation` …). */
export function requireModelType(value: string): ModelType {
  const modelType = normalizeModelType(value);
  if (!modelType) throw errors.invalidParam(`Invalid model_type: ${value}.`, 'model_type');
  return modelType;
}

export const ICON_TYPES = ['icon_small', 'icon_large'] as const;
export type IconType = (typeof ICON_TYPES)[number];

export interface IconUrls {
  en_US: string;
  zh_Hans: string;
}

/** Icon URLs the console can put in an `<img>`; one SVG per provider serves every size and language. */
export function iconUrls(consoleApiUrl: string, provider: string, iconType: IconType): IconUrls {
  const base = `${consoleApiUrl.replace(/\/$/, '')}/console/api/workspaces/current/model-providers/${provider}/${iconType}`;
  return { en_US: `${base}/en_US`, zh_Hans: `${base}/zh_Hans` };
}
