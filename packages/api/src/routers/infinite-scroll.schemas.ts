import { z } from 'zod';
import { zId } from '../validation';

/**
 * Dify's "infinite scroll" paging (conversations, messages, saved messages): a cursor id, a limit,
 * and `{limit, has_more, data}` back.
 */

/** An optional cursor: a UUID, or "" for none, which Dify's clients send on the first page. */
export const zCursorId = z
  .union([z.literal(''), zId])
  .optional()
  .transform((value) => value || undefined);

export const zScrollLimit = z.number().int().min(1).max(100).default(20);

export function infiniteScroll<T extends z.ZodType>(item: T) {
  return z.object({ limit: z.number().int(), has_more: z.boolean(), data: z.array(item) });
}
