import { z } from 'zod';
import { AppError } from '../../errors';
import { describeZodError } from '../../http/zod-message';
import { zQueryBool } from '../../validation';

export const ZSignedFileQuery = z.object({
  timestamp: z.string().min(1),
  nonce: z.string().min(1),
  sign: z.string().min(1),
  as_attachment: zQueryBool.optional(),
});

export type TSignedFileQuery = z.infer<typeof ZSignedFileQuery>;

/** The signature parameters of a files-surface URL; 400 `invalid_param` naming the missing one. */
export function readSignedQuery(url: URL): TSignedFileQuery {
  const parsed = ZSignedFileQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const { message, field } = describeZodError(parsed.error);
    throw new AppError('invalid_param', message, 400, field ? { params: field } : {});
  }
  return parsed.data;
}

/** OpenAPI parameters shared by the signed routes. */
export const SIGNED_QUERY_PARAMETERS = [
  { name: 'timestamp', in: 'query', required: true, schema: { type: 'string' }, description: 'Unix seconds when the URL was signed.' },
  { name: 'nonce', in: 'query', required: true, schema: { type: 'string' }, description: '32 hex characters.' },
  { name: 'sign', in: 'query', required: true, schema: { type: 'string' }, description: 'base64url HMAC-SHA256 with padding.' },
];
