import type { ModelTarget } from '@tessera/model-runtime';
import { checkCompletionParams } from '../config/completion-params';
import type { TModelConfig } from '../config/model-config';

export interface CallSettings {
  /** Completion params as sent: checked against the model's rules, without `stop`. */
  params: Record<string, unknown>;
  stop: string[];
}

/**
 * Splits the app's completion params into parameters and stop words. When the model publishes parameter
 * rules the params are checked against them (unknown ones dropped); a model without rules gets them as given.
 */
export function callSettings(config: TModelConfig, target: ModelTarget): CallSettings {
  const { stop, ...rest } = config.model.completion_params;
  const rules = target.definition.parameter_rules;
  const params = rules.length > 0 ? checkCompletionParams(rest, rules) : rest;
  return { params, stop: Array.isArray(stop) ? stop.filter((word): word is string => typeof word === 'string') : [] };
}

/** Stop words of the prompt format first, then the app's own, without repeats. */
export function mergeStops(...lists: (string[] | undefined)[]): string[] | undefined {
  const merged = [...new Set(lists.flatMap((list) => list ?? []))];
  return merged.length > 0 ? merged : undefined;
}
