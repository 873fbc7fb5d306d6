import type { Tool, ToolProvider } from '../types';
import { strftime } from './strftime';

const TIMEZONES = [
  'UTC', 'America/New_York', 'America/Los_Angeles', 'America/Chicago', 'Asia/Shanghai', 'Asia/Tokyo', 'Asia/Dubai',
  'Asia/Kolkata', 'Asia/Seoul', 'Asia/Singapore', 'Europe/London', 'Europe/Berlin', 'Europe/Moscow',
  'Australia/Sydney', 'Pacific/Auckland', 'Africa/Cairo',
];
const DEFAULT_FORMAT = '%Y-%m-%d %H:%M:%S %Z';

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="#2563EB" stroke-width="2"><circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/></svg>';

const currentTime: Tool = {
  name: 'current_time',
  author: 'Dify',
  label: { en_US: 'Current Time', zh_Hans: '获取当前时间' },
  description: { human: { en_US: 'A tool for getting the current time.', zh_Hans: '一个用于获取当前时间的工具。' }, llm: 'A tool for getting the current time.' },
  parameters: [
    {
      name: 'format',
      type: 'string',
      required: false,
      form: 'form',
      default: DEFAULT_FORMAT,
      label: { en_US: 'Format', zh_Hans: '格式' },
      human_description: { en_US: 'Time format in strftime standard.', zh_Hans: 'strftime 标准的时间格式。' },
    },
    {
      name: 'timezone',
      type: 'select',
      required: false,
      form: 'form',
      default: 'UTC',
      label: { en_US: 'Timezone', zh_Hans: '时区' },
      human_description: { en_US: 'Timezone', zh_Hans: '时区' },
      options: TIMEZONES.map((zone) => ({ value: zone, label: { en_US: zone, zh_Hans: zone } })),
    },
  ],
  async invoke(args, context) {
    const timeZone = typeof args.timezone === 'string' && args.timezone ? args.timezone : 'UTC';
    const format = typeof args.format === 'string' && args.format ? args.format : DEFAULT_FORMAT;
    try {
      return strftime(context.now(), format, timeZone);
    } catch (error) {
      if (error instanceof RangeError) return `Invalid timezone: ${timeZone}`;
      throw error;
    }
  },
};

export const timeProvider: ToolProvider = {
  name: 'time',
  type: 'builtin',
  author: 'Dify',
  label: { en_US: 'CurrentTime', zh_Hans: '时间' },
  description: { en_US: 'A tool for getting the current time.', zh_Hans: '一个用于获取当前时间的工具。' },
  icon: ICON,
  labels: ['utilities'],
  tools: [currentTime],
};
