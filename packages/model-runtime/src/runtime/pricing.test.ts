import { describe, expect, it } from 'vitest';
import type { ModelDefinition, ModelTarget } from '../types';
import { multiply, parseDecimal, round, toFixed } from './decimal';
import { priceCall } from './pricing';

const definition: ModelDefinition = {
  model: 'm',
  label: { en_US: 'm' },
  model_type: 'llm',
  features: [],
  fetch_from: 'predefined-model',
  model_properties: {},
  parameter_rules: [],
  pricing: { input: '0.15', output: '0.60', unit: '0.000001', currency: 'USD' },
  deprecated: false,
};
const target = (overrides: Partial<ModelTarget> = {}): ModelTarget => ({
  provider: 'openai',
  model: 'm',
  modelType: 'llm',
  credentials: {},
  definition,
  ...overrides,
});

describe('decimal arithmetic', () => {
  it('multiplies without binary float drift', () => {
    // 0.1 × 3 in floats is 0.30000000000000004.
    expect(toFixed(multiply(parseDecimal('0.1'), parseDecimal('3')), 7)).toBe('0.3000000');
    expect(toFixed(multiply(parseDecimal('1234567'), parseDecimal('0.000001')), 7)).toBe('1.2345670');
  });

  it('rounds half away from zero at the seventh place', () => {
    expect(toFixed(round(parseDecimal('0.00000045'), 7), 7)).toBe('0.0000005');
    expect(toFixed(round(parseDecimal('0.00000044999'), 7), 7)).toBe('0.0000004');
    expect(toFixed(round(parseDecimal('-0.00000045'), 7), 7)).toBe('-0.0000005');
  });

  it('reads exponent notation and rejects garbage', () => {
    expect(toFixed(parseDecimal('1e-6'), 7)).toBe('0.0000010');
    expect(toFixed(parseDecimal('2.5E2'), 1)).toBe('250.0');
    expect(() => parseDecimal('abc')).toThrow(/Not a decimal/);
  });
});

describe('priceCall', () => {
  it('prices tokens × unit price × price unit and totals the rounded parts', () => {
    const prices = priceCall(target(), 1_000_003, 333_333);
    expect(prices.promptPrice).toBe('0.1500005');
    expect(prices.completionPrice).toBe('0.1999998');
    expect(prices.totalPrice).toBe('0.3500003');
    expect(prices.prompt.unitPrice).toBe('0.15');
    expect(prices.prompt.priceUnit).toBe('0.000001');
  });

  it('prefers the workspace price over the definition', () => {
    const prices = priceCall(target({ pricing: { input: '2', output: '4', unit: '0.001', currency: 'RMB' } }), 10, 10);
    expect(prices).toMatchObject({ promptPrice: '0.0200000', completionPrice: '0.0400000', currency: 'RMB' });
  });

  it('is zero when nothing prices the model', () => {
    const prices = priceCall(target({ definition: { ...definition, pricing: undefined } }), 500, 500);
    expect(prices).toMatchObject({ promptPrice: '0.0000000', completionPrice: '0.0000000', totalPrice: '0.0000000' });
    expect(prices.prompt.unitPrice).toBe('0');
  });
});
