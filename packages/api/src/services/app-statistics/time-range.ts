import { errors } from '../../errors';

/** A range of wall-clock times in the account's time zone, as `YYYY-MM-DD HH:MM`; either end may be open. */
export interface WallClockRange {
  start?: string;
  end?: string;
}

const FORMAT = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2})$/;

/** Dify aborts with 400 (`bad_request`) and the parser's words. */
const badRequest = (message: string) => errors.badRequest('bad_request', message);

/** The time written out in full, so two of them compare as text; Python's strptime accepts one-digit fields. */
function parseWallClock(value: string, label: 'start' | 'end'): string {
  const match = FORMAT.exec(value);
  const [year, month, day, hour, minute] = (match?.slice(1) ?? []).map(Number) as number[];
  const calendar = match ? new Date(Date.UTC(year!, month! - 1, day!)) : undefined;
  const valid =
    calendar !== undefined && calendar.getUTCMonth() === month! - 1 && calendar.getUTCDate() === day! && hour! < 24 && minute! < 60;
  if (!valid) throw badRequest(`Invalid ${label} time format: time data '${value}' does not match format '%Y-%m-%d %H:%M'`);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${two(month!)}-${two(day!)} ${two(hour!)}:${two(minute!)}`;
}

/** Dify's `start`/`end` query: empty means open; a malformed time or an end before the start is 400. */
export function parseWallClockRange(start?: string, end?: string): WallClockRange {
  const range: WallClockRange = {};
  if (start) range.start = parseWallClock(start, 'start');
  if (end) range.end = parseWallClock(end, 'end');
  if (range.start && range.end && range.start > range.end) throw badRequest('start must be earlier than or equal to end');
  return range;
}
