import { describe, expect, it } from 'vitest';
import { matchCondition, matchMetadata } from './metadata-filter';

const c = (comparison_operator: string, value?: unknown) => ({ name: 'f', comparison_operator, value }) as never;

describe('metadata conditions', () => {
  it.each([
    ['contains', 'hello world', 'lo w', true],
    ['contains', 'hello', 'x', false],
    ['not contains', 'hello', 'x', true],
    ['start with', 'hello', 'he', true],
    ['end with', 'hello', 'lo', true],
    ['end with', 'hello', 'he', false],
    ['is', 'a', 'a', true],
    ['is not', 'a', 'a', false],
    ['empty', '', undefined, true],
    ['empty', 'x', undefined, false],
    ['not empty', 'x', undefined, true],
    ['in', 'b', ['a', 'b'], true],
    ['not in', 'c', ['a', 'b'], true],
    ['=', 3, 3, true],
    ['≠', 3, 4, true],
    ['>', 5, 3, true],
    ['<', 5, 3, false],
    ['≥', 3, 3, true],
    ['≤', 4, 3, false],
    ['before', '2024-01-01T00:00:00Z', 1735689600, true],
    ['after', 1735689601, 1735689600, true],
  ])('%s %j vs %j is %s', (op, value, expected, result) => {
    expect(matchCondition(value, c(op, expected))).toBe(result);
  });

  it('joins conditions with and (default) or or', () => {
    const conditions = [c('is', 'x'), { name: 'g', comparison_operator: '>', value: 1 } as never];
    expect(matchMetadata({ f: 'x', g: 0 }, { logical_operator: 'and', conditions })).toBe(false);
    expect(matchMetadata({ f: 'x', g: 0 }, { logical_operator: 'or', conditions })).toBe(true);
  });
});
