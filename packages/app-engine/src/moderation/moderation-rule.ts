import type { TModelConfig } from '../config/model-config';
import type { ModerationRule } from './types';

/** The app's moderation rule, when sensitive-word avoidance is switched on. */
export function moderationRule(config: TModelConfig): ModerationRule | undefined {
  const avoidance = config.sensitive_word_avoidance;
  if (!avoidance.enabled || !avoidance.type) return undefined;
  return { type: avoidance.type, settings: avoidance.config ?? {} };
}
