import { z } from 'zod';
import { route } from '../../../meta';
import { ZAppIdInput } from '../app.schemas';

const zWallClock = z.string().max(32).describe('`YYYY-MM-DD HH:MM` in your time zone; empty for no bound');

export const ZStatisticRequest = ZAppIdInput.extend({ start: zWallClock.optional(), end: zWallClock.optional() });

const RANGE_NOTE =
  "Days in the signed-in account's time zone, over the app's messages (the console debugger's are left out), from `start` " +
  'up to `end` (excluded). A malformed time, or an end before the start, is 400 `bad_request`.';

function statisticMeta(name: string, summary: string, extra = '') {
  return route({
    method: 'GET',
    path: `/apps/{app_id}/statistics/${name}`,
    tags: ['App statistics'],
    summary,
    description: extra ? `${RANGE_NOTE} ${extra}` : RANGE_NOTE,
  });
}

const day = { date: z.string().describe('YYYY-MM-DD') };

/** Each statistic's OpenAPI meta and the shape of one day, as Dify answers them. */
export const STATISTIC_TYPES = {
  'daily-messages': {
    meta: statisticMeta('daily-messages', 'Messages per day'),
    row: z.object({ ...day, message_count: z.number().int() }),
  },
  'daily-conversations': {
    meta: statisticMeta('daily-conversations', 'Conversations with messages per day'),
    row: z.object({ ...day, conversation_count: z.number().int() }),
  },
  'daily-end-users': {
    meta: statisticMeta('daily-end-users', 'End users who sent messages per day'),
    row: z.object({ ...day, terminal_count: z.number().int() }),
  },
  'token-costs': {
    meta: statisticMeta('token-costs', 'Tokens used and their price per day'),
    row: z.object({ ...day, token_count: z.number().int(), total_price: z.string().describe('Decimal, 7 places'), currency: z.string() }),
  },
  'average-session-interactions': {
    meta: statisticMeta(
      'average-session-interactions',
      'Messages per conversation, by the day conversations began',
      'Chat, agent-chat and advanced-chat apps; others are 404 `app_not_found`.',
    ),
    row: z.object({ ...day, interactions: z.number() }),
  },
  'user-satisfaction-rate': {
    meta: statisticMeta('user-satisfaction-rate', 'Likes per thousand messages per day'),
    row: z.object({ ...day, rate: z.number() }),
  },
  'average-response-time': {
    meta: statisticMeta('average-response-time', 'Average time to answer per day, in milliseconds', 'Completion apps; others are 404 `app_not_found`.'),
    row: z.object({ ...day, latency: z.number() }),
  },
  'tokens-per-second': {
    meta: statisticMeta('tokens-per-second', 'Answer tokens per second of model time per day'),
    row: z.object({ ...day, tps: z.number() }),
  },
} as const;
