import type { TModelConfig } from '../config/model-config';
import { runPromptApp } from '../run/run-prompt-app';
import type { Emit, RunDeps, RunInput, RunOutcome } from '../run/types';

/** Dify regenerates "more like this" with the temperature raised to this, whatever the app's own setting. */
export const MORE_LIKE_THIS_TEMPERATURE = 0.9;

export function moreLikeThisConfig(config: TModelConfig): TModelConfig {
  return {
    ...config,
    model: {
      ...config.model,
      completion_params: { ...config.model.completion_params, temperature: MORE_LIKE_THIS_TEMPERATURE },
    },
  };
}

/**
 * Another answer to a completion message: the same inputs, query and files re-run with Dify's temperature
 * tweak. The caller checks that the app has more_like_this enabled (Dify answers 403 otherwise).
 */
export function generateMoreLikeThis(input: Omit<RunInput, 'mode' | 'history'>, deps: RunDeps, emit: Emit): Promise<RunOutcome> {
  return runPromptApp({ ...input, mode: 'completion', history: [], config: moreLikeThisConfig(input.config) }, deps, emit);
}
