import { AppEngineError } from '../errors';
import type { ModerationDeps, ModerationRule } from './types';

/** The moderation model Dify's openai_moderation type calls. */
export const OPENAI_MODERATION_MODEL = { provider: 'openai', model: 'omni-moderation-latest' } as const;

/** Keywords are one per line; a value is flagged when it contains any of them, ignoring case. */
export function keywordsHit(keywords: string, values: string[]): boolean {
  const list = keywords.split('\n').filter((keyword) => keyword !== '');
  return values.some((value) => list.some((keyword) => value.toLowerCase().includes(keyword.toLowerCase())));
}

async function moderationModelHit(deps: ModerationDeps, values: string[]): Promise<boolean> {
  const target = await deps.resolveModel(OPENAI_MODERATION_MODEL.provider, OPENAI_MODERATION_MODEL.model, 'moderation');
  const result = await deps.models.moderate({ target, text: values.join('\n'), caller: deps.caller, signal: deps.signal });
  return result.flagged;
}

/** Whether the texts break the rule, by keyword list or by the moderation model. */
export async function isFlagged(rule: ModerationRule, deps: ModerationDeps, values: string[]): Promise<boolean> {
  if (rule.type === 'keywords') return keywordsHit(rule.settings.keywords ?? '', values);
  if (rule.type === 'openai_moderation') return moderationModelHit(deps, values);
  throw new AppEngineError('app_unavailable', `Extension ${rule.type} not found`);
}
