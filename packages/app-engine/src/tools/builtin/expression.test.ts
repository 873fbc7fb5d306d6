import { describe, expect, it } from 'vitest';
import { evaluateExpression, formatNumber } from './expression';

describe('evaluateExpression', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['2 ** 3 ** 2', 512],
    ['2 ^ 10', 1024],
    ['-2 ** 2', -4],
    ['7 // 2', 3],
    ['-7 % 3', 2],
    ['sqrt(16) + abs(-2)', 6],
    ['max(1, 5, 3) - min(4, 2)', 3],
    ['round(pi * 100) / 100', 3.14],
    ['log(e)', 1],
    ['1.5e3 + .5', 1500.5],
  ])('%s = %d', (expression, value) => {
    expect(evaluateExpression(expression)).toBeCloseTo(value, 10);
  });

  it.each([
    ['1 +', 'unexpected end of expression'],
    ['2 * (3', "expected ')'"],
    ['1 / 0', 'division by zero'],
    ['foo(1)', "unknown function 'foo'"],
    ['constructor', "unknown name 'constructor'"],
    ['toString(1)', "unknown function 'toString'"],
    ['process.exit(1)', 'unexpected character at position 7'],
    ['process', "unknown name 'process'"],
    ['1; 2', 'unexpected character at position 1'],
    ['', 'empty expression'],
    ['('.repeat(200) + '1' + ')'.repeat(200), 'expression is nested too deeply'],
  ])('refuses %j', (expression, message) => {
    expect(() => evaluateExpression(expression)).toThrow(message);
  });

  it('prints integers without a decimal part', () => {
    expect(formatNumber(4)).toBe('4');
    expect(formatNumber(0.5)).toBe('0.5');
  });
});
