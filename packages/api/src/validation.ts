import { z } from 'zod';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path or body id. Malformed ids are 404 on Dify's routes (its converter refuses to match). */
export const zId = z.string().regex(UUID, 'must be a UUID');

/** Query-string boolean: `true`/`false`/`1`/`0`. (The adapter's coercion would read "false" as true.) */
export const zQueryBool = z.preprocess(
  (value) => (typeof value === 'string' ? ['true', '1'].includes(value.toLowerCase()) : value),
  z.boolean(),
);

/**
 * A boolean in a request body: JSON true/false, also "true"/"false" as Dify's parsers accept.
 * Never use a bare z.boolean() in an input schema: the OpenAPI adapter switches on coercion for
 * it, so "false" would read as true and a missing required field as false.
 */
export const zBool = z.union([z.boolean(), z.enum(['true', 'false'])]).transform((value) => value === true || value === 'true');

/** Integer Unix seconds, Dify's timestamp format. */
export const zTimestamp = z.number().int();
export const toUnix = (date: Date | null | undefined): number | null => (date ? Math.floor(date.getTime() / 1000) : null);
export const toUnixRequired = (date: Date): number => Math.floor(date.getTime() / 1000);

export const zEmail = z.string().trim().email('must be a valid email address').max(255);
export const RESULT_SUCCESS = z.object({ result: z.literal('success') });
