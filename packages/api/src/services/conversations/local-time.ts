/** Dify's log filters name a minute in the operator's own time zone: `YYYY-MM-DD HH:MM`. */
export const LOCAL_MINUTE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wallClock - Math.floor(instant / 1000) * 1000;
}

function knownZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/**
 * The UTC instant at which `timeZone`'s clocks show `local` (a LOCAL_MINUTE string). An unknown
 * zone counts as UTC. In the hour a clock goes back the earlier instant is taken; a minute the clock
 * skips is read in the offset before the change (as pytz's `localize` does, which Dify uses).
 */
export function localMinuteToUtc(local: string, timeZone: string): Date {
  const match = LOCAL_MINUTE.exec(local);
  if (!match) throw new RangeError(`not a local minute: ${local}`);
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const zone = knownZone(timeZone);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = asUtc - offsetAt(asUtc, zone);
  const second = asUtc - offsetAt(first, zone);
  const shows = (instant: number) => instant + offsetAt(instant, zone) === asUtc;
  const matching = [first, second].filter(shows);
  return new Date(matching.length > 0 ? Math.min(...matching) : first);
}
