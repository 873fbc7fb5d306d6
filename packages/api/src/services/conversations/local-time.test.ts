import { describe, expect, it } from 'vitest';
import { localMinuteToUtc } from './local-time';

describe('localMinuteToUtc', () => {
  it.each([
    ['2025-01-15 09:30', 'UTC', '2025-01-15T09:30:00.000Z'],
    ['2025-01-15 09:30', 'Asia/Shanghai', '2025-01-15T01:30:00.000Z'],
    ['2025-01-15 09:30', 'America/New_York', '2025-01-15T14:30:00.000Z'],
    ['2025-07-15 09:30', 'America/New_York', '2025-07-15T13:30:00.000Z'],
    ['2025-01-01 00:00', 'Asia/Kolkata', '2024-12-31T18:30:00.000Z'],
    ['2025-01-15 09:30', 'Not/AZone', '2025-01-15T09:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, utc) => {
    expect(localMinuteToUtc(local, zone).toISOString()).toBe(utc);
  });

  it('takes the earlier instant when the clock goes back, and a real one when it skips ahead', () => {
    expect(localMinuteToUtc('2025-11-02 01:30', 'America/New_York').toISOString()).toBe('2025-11-02T05:30:00.000Z');
    expect(localMinuteToUtc('2025-03-09 02:30', 'America/New_York').toISOString()).toBe('2025-03-09T07:30:00.000Z');
  });
});
