import { ConfigValidationError } from '../../errors';
import { isRecord, type JsonRecord } from '../../json';

export const MODERATION_TYPES = ['keywords', 'openai_moderation', 'api'] as const;

export function validateSensitiveWordAvoidance(config: JsonRecord): void {
  if (!config.sensitive_word_avoidance) config.sensitive_word_avoidance = { enabled: false };
  const avoidance = config.sensitive_word_avoidance;
  if (!isRecord(avoidance)) fail('sensitive_word_avoidance must be of dict type');
  if (!avoidance.enabled) avoidance.enabled = false;
  if (!avoidance.enabled) return;
  if (!avoidance.type) fail('sensitive_word_avoidance.type is required');
  if (typeof avoidance.type !== 'string') fail('sensitive_word_avoidance.type must be a string');
  const settings = avoidance.config ?? {};
  if (!isRecord(settings)) fail('sensitive_word_avoidance.config must be a dict');
  validateModerationSettings(avoidance.type, settings);
}

/** Dify's per-type rules (KeywordsModeration, OpenAIModeration, ApiModeration.validate_config). */
export function validateModerationSettings(type: string, settings: JsonRecord): void {
  if (!(MODERATION_TYPES as readonly string[]).includes(type)) fail(`Extension ${type} not found`);
  validateSides(settings, type !== 'api');
  if (type === 'keywords') {
    const keywords = settings.keywords;
    if (!keywords) fail('keywords is required');
    if (typeof keywords !== 'string') fail('keywords must be a string');
    if (keywords.length > 10000) fail('keywords length must be less than 10000');
    if (keywords.split('\n').length > 100) fail('the number of rows for the keywords must be less than 100');
  }
  if (type === 'api' && !settings.api_based_extension_id) fail('api_based_extension_id is required');
}

function validateSides(settings: JsonRecord, presetRequired: boolean): void {
  const inputs = settings.inputs_config;
  if (!isRecord(inputs)) fail('inputs_config must be a dict');
  const outputs = settings.outputs_config;
  if (!isRecord(outputs)) fail('outputs_config must be a dict');
  if (!inputs.enabled && !outputs.enabled) fail('At least one of inputs_config or outputs_config must be enabled');
  if (!presetRequired) return;
  for (const [name, side] of [['inputs_config', inputs], ['outputs_config', outputs]] as const) {
    if (!side.enabled) continue;
    if (!side.preset_response) fail(`${name}.preset_response is required`);
    if (String(side.preset_response).length > 100) fail(`${name}.preset_response must be less than 100 characters`);
  }
}

function fail(message: string): never {
  throw new ConfigValidationError(message);
}
