import { inputsAsText } from '../prompt/template';
import { isFlagged } from './detectors';
import type { ModerationDeps, ModerationRule, ModerationVerdict } from './types';

/**
 * Checks the request before any model is called: every input value and the query. A hit means the app
 * answers with the preset response and the model is never asked.
 */
export async function moderateInputs(
  rule: ModerationRule,
  deps: ModerationDeps,
  inputs: Record<string, unknown>,
  query: string,
): Promise<ModerationVerdict> {
  const side = rule.settings.inputs_config;
  if (!side?.enabled) return { flagged: false, presetResponse: '' };
  const presetResponse = side.preset_response ?? '';
  if (rule.type === 'api') {
    const verdict = await requireExternal(deps)({
      extensionId: rule.settings.api_based_extension_id ?? '',
      point: 'app.moderation.input',
      inputs,
      query,
    });
    return { flagged: verdict.flagged, presetResponse: verdict.preset_response ?? presetResponse };
  }
  const values = Object.values(inputsAsText(inputs)).filter((value) => value !== '');
  if (query) values.push(query);
  return { flagged: values.length > 0 && (await isFlagged(rule, deps, values)), presetResponse };
}

export function requireExternal(deps: ModerationDeps) {
  if (!deps.externalModeration) throw new Error('api-based moderation needs an externalModeration handler');
  return deps.externalModeration;
}
