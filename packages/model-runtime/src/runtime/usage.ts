import type { EmbeddingUsage, LlmUsage, ModelErrorCode, ModelTarget, UsageCaller, UsageRecord } from '../types';
import { priceCall } from './pricing';

export interface Tokens {
  prompt: number;
  completion: number;
}

export interface Timing {
  latencyMs: number;
  timeToFirstTokenMs?: number;
}

const seconds = (ms: number) => Math.round(ms) / 1000;

export function llmUsage(target: ModelTarget, tokens: Tokens, timing: Timing): LlmUsage {
  const prices = priceCall(target, tokens.prompt, tokens.completion);
  const usage: LlmUsage = {
    prompt_tokens: tokens.prompt,
    prompt_unit_price: prices.prompt.unitPrice,
    prompt_price_unit: prices.prompt.priceUnit,
    prompt_price: prices.promptPrice,
    completion_tokens: tokens.completion,
    completion_unit_price: prices.completion.unitPrice,
    completion_price_unit: prices.completion.priceUnit,
    completion_price: prices.completionPrice,
    total_tokens: tokens.prompt + tokens.completion,
    total_price: prices.totalPrice,
    currency: prices.currency,
    latency: seconds(timing.latencyMs),
  };
  if (timing.timeToFirstTokenMs !== undefined) {
    usage.time_to_first_token = seconds(timing.timeToFirstTokenMs);
    usage.time_to_generate = seconds(timing.latencyMs - timing.timeToFirstTokenMs);
  }
  return usage;
}

export function embeddingUsage(target: ModelTarget, tokens: number, latencyMs: number): EmbeddingUsage {
  const prices = priceCall(target, tokens, 0);
  return {
    tokens,
    total_tokens: tokens,
    unit_price: prices.prompt.unitPrice,
    price_unit: prices.prompt.priceUnit,
    total_price: prices.promptPrice,
    currency: prices.currency,
    latency: seconds(latencyMs),
  };
}

export interface RecordInput {
  target: ModelTarget;
  caller: UsageCaller;
  tokens: Tokens;
  timing: Timing;
  errorCode?: ModelErrorCode;
}

export function usageRecord({ target, caller, tokens, timing, errorCode }: RecordInput): UsageRecord {
  const prices = priceCall(target, tokens.prompt, tokens.completion);
  return {
    caller,
    provider: target.provider,
    model: target.model,
    modelType: target.modelType,
    promptTokens: tokens.prompt,
    completionTokens: tokens.completion,
    totalTokens: tokens.prompt + tokens.completion,
    promptPrice: prices.promptPrice,
    completionPrice: prices.completionPrice,
    totalPrice: prices.totalPrice,
    currency: prices.currency,
    latencyMs: Math.round(timing.latencyMs),
    ...(timing.timeToFirstTokenMs === undefined ? {} : { timeToFirstTokenMs: Math.round(timing.timeToFirstTokenMs) }),
    status: errorCode ? 'error' : 'success',
    ...(errorCode ? { errorCode } : {}),
  };
}
