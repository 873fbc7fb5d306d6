import { describe, expect, it } from 'vitest';
import { compileCondition, compileKey } from './expressions';

describe('expressions', () => {
  const scope = { event: { data: { id: 'a', n: 2 } }, async: { data: { id: 'a', other: 'b' } } };

  it('matches equalities between paths and literals, joined by &&', () => {
    expect(compileCondition('event.data.id == async.data.id')(scope)).toBe(true);
    expect(compileCondition('event.data.id == async.data.other')(scope)).toBe(false);
    expect(compileCondition("event.data.id == 'a' && event.data.n == 2")(scope)).toBe(true);
    expect(compileCondition('event.data.missing == async.data.missing')(scope)).toBe(false);
  });

  it('refuses forms it does not understand', () => {
    expect(() => compileCondition('event.data.n > 1')).toThrow(/Unsupported/);
    expect(() => compileKey('event.data.a + event.data.b')).toThrow(/Unsupported/);
  });

  it('reads concurrency keys as strings', () => {
    expect(compileKey('event.data.n')(scope)).toBe('2');
    expect(compileKey('event.data.none')(scope)).toBeNull();
  });
});
