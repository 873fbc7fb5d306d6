import type { ParameterRule } from '@tessera/model-runtime';
import { ConfigValidationError } from '../../errors';
import { isRecord, type JsonRecord } from '../../json';
import { checkCompletionParams } from '../completion-params';

export interface ModelConfigContext {
  /** The chosen model's mode from the catalog; Dify overwrites `model.mode` with it. */
  modelMode?: 'chat' | 'completion';
  /** The chosen model's rules; when given, completion params are checked and unknown ones dropped. */
  parameterRules?: ParameterRule[];
}

export function validateModel(config: JsonRecord, context: ModelConfigContext): void {
  if (!('model' in config)) fail('model is required');
  const model = config.model;
  if (!isRecord(model)) fail('model must be of object type');
  if (typeof model.provider !== 'string' || model.provider === '') fail('model.provider is required');
  if (typeof model.name !== 'string' || model.name === '') fail('model.name is required');
  model.mode = context.modelMode ?? (model.mode === 'completion' || model.mode === 'chat' ? model.mode : 'completion');
  if (!('completion_params' in model)) fail('model.completion_params is required');
  const params = model.completion_params;
  if (!isRecord(params)) fail('model.completion_params must be of object type');
  if (!('stop' in params)) params.stop = [];
  else if (!Array.isArray(params.stop)) fail('stop in model.completion_params must be of list type');
  const stop = params.stop as unknown[];
  if (stop.length > 4) fail('stop sequences must be less than 4');
  if (context.parameterRules) {
    model.completion_params = { ...checkCompletionParams(params, context.parameterRules), stop };
  }
}

function fail(message: string): never {
  throw new ConfigValidationError(message);
}
