import type { ModelPricing, ModelTarget } from '../types';
import { add, multiply, parseDecimal, round, toFixed, type Decimal } from './decimal';

/** Dify quantizes every price to seven decimal places. */
export const PRICE_PLACES = 7;

export interface PriceLine {
  unitPrice: string;
  priceUnit: string;
  amount: Decimal;
}

export interface CallPrices {
  prompt: PriceLine;
  completion: PriceLine;
  currency: string;
  promptPrice: string;
  completionPrice: string;
  totalPrice: string;
}

export function pricingOf(target: ModelTarget): ModelPricing | undefined {
  return target.pricing ?? target.definition.pricing;
}

function priceLine(tokens: number, unitPrice: string | undefined, priceUnit: string | undefined): PriceLine {
  if (unitPrice === undefined || priceUnit === undefined) {
    return { unitPrice: '0', priceUnit: '0', amount: { digits: 0n, scale: 0 } };
  }
  const exact = multiply(multiply(parseDecimal(String(tokens)), parseDecimal(unitPrice)), parseDecimal(priceUnit));
  return { unitPrice, priceUnit, amount: round(exact, PRICE_PLACES) };
}

/** tokens × unit price × price unit for each side, rounded like Dify, with the total of the rounded parts. */
export function priceCall(target: ModelTarget, promptTokens: number, completionTokens: number): CallPrices {
  const pricing = pricingOf(target);
  const prompt = priceLine(promptTokens, pricing?.input, pricing?.unit);
  const completion = priceLine(completionTokens, pricing?.output, pricing?.output === undefined ? undefined : pricing.unit);
  return {
    prompt,
    completion,
    currency: pricing?.currency ?? 'USD',
    promptPrice: toFixed(prompt.amount, PRICE_PLACES),
    completionPrice: toFixed(completion.amount, PRICE_PLACES),
    totalPrice: toFixed(add(prompt.amount, completion.amount), PRICE_PLACES),
  };
}
