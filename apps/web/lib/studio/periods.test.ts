import { describe, expect, it } from 'vitest';
import { periodRange } from './periods';

describe('periodRange', () => {
  const now = new Date(2026, 2, 10, 15, 42);
  it('covers today in full', () => {
    expect(periodRange('today', now)).toEqual({ start: '2026-03-10 00:00', end: '2026-03-11 00:00' });
  });
  it('counts whole days back across month ends', () => {
    expect(periodRange('7d', now)).toEqual({ start: '2026-03-03 00:00', end: '2026-03-11 00:00' });
    expect(periodRange('4w', now).start).toBe('2026-02-10 00:00');
  });
  it('has no bounds for all time', () => {
    expect(periodRange('all', now)).toEqual({});
  });
});
