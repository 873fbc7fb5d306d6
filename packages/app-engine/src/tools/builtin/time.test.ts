import { describe, expect, it } from 'vitest';
import { timeProvider } from './time';
import { strftime } from './strftime';

const moment = new Date('2024-03-05T14:07:09Z');
const context = { caller: { workspaceId: 'ws', type: 'app' as const }, now: () => moment };

describe('strftime', () => {
  it('formats with Python directives in the given zone', () => {
    expect(strftime(moment, '%Y-%m-%d %H:%M:%S %Z', 'UTC')).toBe('2024-03-05 14:07:09 UTC');
    expect(strftime(moment, '%Y-%m-%d %H:%M %z %A %b %j %I%p %%', 'Asia/Tokyo')).toBe('2024-03-05 23:07 +0900 Tuesday Mar 065 11PM %');
    expect(strftime(moment, '%d/%m/%y %H:%M %z', 'America/New_York')).toBe('05/03/24 09:07 -0500');
  });
});

describe('time.current_time', () => {
  const tool = timeProvider.tools[0]!;

  it('answers in UTC with the default format', async () => {
    expect(await tool.invoke({}, context)).toBe('2024-03-05 14:07:09 UTC');
  });

  it('honours format and timezone, and names an unknown zone', async () => {
    expect(await tool.invoke({ timezone: 'Europe/Berlin', format: '%H:%M' }, context)).toBe('15:07');
    expect(await tool.invoke({ timezone: 'Mars/Olympus' }, context)).toBe('Invalid timezone: Mars/Olympus');
  });
});
