import type { ModelRuntime, ModelTarget, ModelType, UsageCaller } from '@tessera/model-runtime';
import type { TModerationSettings } from '../config/features';

export type ResolveModel = (provider: string, model: string, type: ModelType) => ModelTarget | Promise<ModelTarget>;

/** Moderation by an api-based extension is an HTTP call the API makes; the engine only asks. */
export type ExternalModeration = (request: {
  extensionId: string;
  point: 'app.moderation.input' | 'app.moderation.output';
  inputs?: Record<string, unknown>;
  query?: string;
  text?: string;
}) => Promise<{ flagged: boolean; preset_response?: string; text?: string }>;

export interface ModerationDeps {
  models: Pick<ModelRuntime, 'moderate'>;
  resolveModel: ResolveModel;
  caller: UsageCaller;
  externalModeration?: ExternalModeration;
  signal?: AbortSignal;
}

export interface ModerationRule {
  type: string;
  settings: TModerationSettings;
}

export interface ModerationVerdict {
  flagged: boolean;
  /** What the user sees instead when flagged. */
  presetResponse: string;
}
