import type { ModelTarget, PromptMessage } from '@tessera/model-runtime';
import { countMessageTokens } from './token-count';

/** What Dify assumes when a model does not say how large its context is. */
export const DEFAULT_REST_TOKENS = 2000;

/** The max_tokens the call will ask for: the value under the rule named (or templated) max_tokens. */
export function configuredMaxTokens(target: ModelTarget, params: Record<string, unknown>): number {
  for (const rule of target.definition.parameter_rules) {
    if (rule.name === 'max_tokens' || rule.use_template === 'max_tokens') {
      const value = params[rule.name] ?? params[rule.use_template ?? ''];
      return typeof value === 'number' ? value : 0;
    }
  }
  return 0;
}

/** Room left for history: context size − the answer's max_tokens − what the prompt already takes (never < 0). */
export function restTokens(target: ModelTarget, params: Record<string, unknown>, prompt: PromptMessage[]): number {
  const contextSize = target.definition.model_properties.context_size;
  if (!contextSize) return DEFAULT_REST_TOKENS;
  return Math.max(contextSize - configuredMaxTokens(target, params) - countMessageTokens(prompt), 0);
}
