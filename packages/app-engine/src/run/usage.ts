import { priceCall, type LlmUsage, type ModelTarget, type PromptMessage } from '@tessera/model-runtime';
import { countMessageTokens, countTextTokens } from '../memory/token-count';
import { addDecimals } from './decimal-sum';

export function emptyUsage(): LlmUsage {
  return {
    prompt_tokens: 0,
    prompt_unit_price: '0',
    prompt_price_unit: '0',
    prompt_price: '0',
    completion_tokens: 0,
    completion_unit_price: '0',
    completion_price_unit: '0',
    completion_price: '0',
    total_tokens: 0,
    total_price: '0',
    currency: 'USD',
    latency: 0,
  };
}

/** Several calls of one run (agent steps) add up: tokens, prices and latency; unit prices are the first call's. */
export function addUsage(total: LlmUsage | undefined, next: LlmUsage): LlmUsage {
  if (!total) return { ...next };
  return {
    ...total,
    prompt_tokens: total.prompt_tokens + next.prompt_tokens,
    prompt_price: addDecimals(total.prompt_price, next.prompt_price),
    completion_tokens: total.completion_tokens + next.completion_tokens,
    completion_price: addDecimals(total.completion_price, next.completion_price),
    total_tokens: total.total_tokens + next.total_tokens,
    total_price: addDecimals(total.total_price, next.total_price),
    latency: Math.round((total.latency + next.latency) * 1000) / 1000,
  };
}

/** A stopped stream never reports usage; count what was sent and what arrived, and price it. */
export function estimatedUsage(target: ModelTarget, prompt: PromptMessage[], answer: string, latencySeconds: number): LlmUsage {
  const promptTokens = countMessageTokens(prompt);
  const completionTokens = countTextTokens(answer);
  const prices = priceCall(target, promptTokens, completionTokens);
  return {
    prompt_tokens: promptTokens,
    prompt_unit_price: prices.prompt.unitPrice,
    prompt_price_unit: prices.prompt.priceUnit,
    prompt_price: prices.promptPrice,
    completion_tokens: completionTokens,
    completion_unit_price: prices.completion.unitPrice,
    completion_price_unit: prices.completion.priceUnit,
    completion_price: prices.completionPrice,
    total_tokens: promptTokens + completionTokens,
    total_price: prices.totalPrice,
    currency: prices.currency,
    latency: latencySeconds,
  };
}
