const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/**
 * The instant a sleep or timeout ends. The SDK writes durations as Inngest time strings
 * (`"30s"`, `"2h30m10s"`) and `sleepUntil` instants as ISO dates.
 */
export function resolveWakeTime(value: string, now: Date): Date {
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|w|d|h|m|s)/g)];
  if (parts.length > 0 && parts.map((p) => p[0]).join('') === value) {
    const ms = parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * UNIT_MS[unit!]!, 0);
    return new Date(now.getTime() + ms);
  }
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) throw new Error(`Unreadable duration or date: ${value}`);
  return new Date(instant);
}
