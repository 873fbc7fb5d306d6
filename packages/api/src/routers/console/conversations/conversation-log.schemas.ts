import { z } from 'zod';
import { zPageParams } from '../../../paging';
import { CONVERSATION_SORTS } from '../../../services/conversations/list-conversations';
import { LOCAL_MINUTE } from '../../../services/conversations/local-time';
import { ANNOTATION_STATUSES } from '../../../services/conversations/log-filters';
import { zId } from '../../../validation';

/** A minute on the operator's clock, `YYYY-MM-DD HH:MM`, that exists on a calendar. */
const zLocalMinute = z
  .string()
  .regex(LOCAL_MINUTE, 'must be a time like 2025-01-31 09:30')
  .refine((value) => {
    const match = LOCAL_MINUTE.exec(value);
    if (!match) return true;
    const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hour && date.getUTCMinutes() === minute;
  }, 'must be a time like 2025-01-31 09:30');

/** The log filters both kinds of logs take (Dify's console conversation lists). */
export const logFilterFields = {
  app_id: zId,
  keyword: z.string().optional(),
  start: zLocalMinute.optional(),
  end: zLocalMinute.optional(),
  annotation_status: z.enum(ANNOTATION_STATUSES).default('all'),
  ...zPageParams,
};

/** Chat logs can also ask for busy conversations and choose their order. */
export const chatLogFields = {
  message_count_gte: z.number().int().min(1).max(99999).optional(),
  sort_by: z.enum(CONVERSATION_SORTS).default('-updated_at'),
};

export const ZLoggedConversationPath = z.object({ app_id: zId, conversation_id: zId });
