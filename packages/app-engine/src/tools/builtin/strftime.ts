const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  offsetMinutes: number;
  zoneName: string;
}

/** Throws RangeError for a time zone the runtime does not know. */
function zonedParts(date: Date, timeZone: string): ZonedParts {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    timeZoneName: 'short',
  });
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  const offsetMinutes = Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  return {
    year: +parts.year!,
    month: +parts.month!,
    day: +parts.day!,
    hour: +parts.hour!,
    minute: +parts.minute!,
    second: +parts.second!,
    weekday: new Date(local).getUTCDay(),
    offsetMinutes,
    zoneName: timeZone === 'UTC' ? 'UTC' : (parts.timeZoneName ?? timeZone),
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const magnitude = Math.abs(minutes);
  return `${sign}${pad(Math.floor(magnitude / 60))}${pad(magnitude % 60)}`;
}

function dayOfYear(parts: ZonedParts): number {
  return Math.round((Date.UTC(parts.year, parts.month - 1, parts.day) - Date.UTC(parts.year, 0, 1)) / 86_400_000) + 1;
}

/** Python's strftime directives that Dify's current_time tool users write; unknown ones are left as typed. */
export function strftime(date: Date, pattern: string, timeZone: string): string {
  const parts = zonedParts(date, timeZone);
  const hour12 = parts.hour % 12 === 0 ? 12 : parts.hour % 12;
  const directives: Record<string, string> = {
    Y: String(parts.year),
    y: pad(parts.year % 100),
    m: pad(parts.month),
    d: pad(parts.day),
    H: pad(parts.hour),
    I: pad(hour12),
    M: pad(parts.minute),
    S: pad(parts.second),
    p: parts.hour < 12 ? 'AM' : 'PM',
    A: WEEKDAYS[parts.weekday]!,
    a: WEEKDAYS[parts.weekday]!.slice(0, 3),
    B: MONTHS[parts.month - 1]!,
    b: MONTHS[parts.month - 1]!.slice(0, 3),
    j: pad(dayOfYear(parts), 3),
    w: String(parts.weekday),
    Z: parts.zoneName,
    z: offsetText(parts.offsetMinutes),
    '%': '%',
  };
  return pattern.replace(/%(.)/g, (whole, directive: string) => directives[directive] ?? whole);
}
