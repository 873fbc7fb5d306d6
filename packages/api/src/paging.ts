import { z } from 'zod';
import { zId } from './validation';

// Dify's two ways of paging a list, each defined once: numbered pages (`page`, `limit`, `total`,
// `has_more`) and infinite scroll (a `last_id`/`first_id` cursor, `limit`, `has_more`). Input schemas
// for the routers, output envelopes, and the helpers services use to fill them.

/** `page`/`limit` as most of Dify's lists read them: at most 100 rows, at most page 99999. */
export const zPageParams = {
  page: z.number().int().min(1).max(99999).default(1),
  limit: z.number().int().min(1).max(100).default(20),
};

/** Dify's annotation lists take any `limit` and serve at most 100 rows: they accept what Dify accepts. */
export const zUncappedPageParams = {
  page: z.number().int().min(1).default(1),
  limit: z.number().int().min(1).default(20),
};

export interface PageParams {
  page: number;
  limit: number;
}

/** The numbered page envelope. */
export function zPageOf<T extends z.ZodType>(item: T) {
  return z.object({
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int(),
    has_more: z.boolean(),
    data: z.array(item),
  });
}

/** The OFFSET of a numbered page; `perPage` is the LIMIT where Dify caps rows below `limit`. */
export function pageOffset(params: PageParams, perPage = params.limit): number {
  return (params.page - 1) * perPage;
}

/**
 * A numbered page. `has_more` is "rows exist past this page" unless the caller passes Dify's other
 * rule (the annotation lists answer "this page is full").
 */
export function pageOf<T>(params: PageParams, total: number, data: T[], hasMore = params.page * params.limit < total) {
  return { page: params.page, limit: params.limit, total, has_more: hasMore, data };
}

/** An optional cursor: a UUID, or "" for none, which Dify's clients send on the first page. */
export const zCursorId = z
  .union([z.literal(''), zId])
  .optional()
  .transform((value) => value || undefined);

export const zScrollLimit = z.number().int().min(1).max(100).default(20);

/** The infinite-scroll envelope. */
export function zScrollOf<T extends z.ZodType>(item: T) {
  return z.object({ limit: z.number().int(), has_more: z.boolean(), data: z.array(item) });
}

/** An infinite-scroll page from rows read with `limit + 1`: the extra row only says more exist. */
export function scrollOf<T>(limit: number, rowsPlusOne: T[]) {
  return { limit, has_more: rowsPlusOne.length > limit, data: rowsPlusOne.slice(0, limit) };
}
