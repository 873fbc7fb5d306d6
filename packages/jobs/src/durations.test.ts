import { describe, expect, it } from 'vitest';
import { resolveWakeTime } from './durations';

const now = new Date('2026-01-01T00:00:00.000Z');

describe('resolveWakeTime', () => {
  it('adds Inngest time strings to now', () => {
    expect(resolveWakeTime('30s', now).toISOString()).toBe('2026-01-01T00:00:30.000Z');
    expect(resolveWakeTime('2h30m10s', now).toISOString()).toBe('2026-01-01T02:30:10.000Z');
    expect(resolveWakeTime('1d', now).toISOString()).toBe('2026-01-02T00:00:00.000Z');
  });

  it('takes ISO instants as they are', () => {
    expect(resolveWakeTime('2026-03-04T05:06:07.000Z', now).toISOString()).toBe('2026-03-04T05:06:07.000Z');
  });

  it('refuses what it cannot read', () => {
    expect(() => resolveWakeTime('soon', now)).toThrow(/Unreadable/);
  });
});
