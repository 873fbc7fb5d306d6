import { type Conversation } from '@tessera/db';
import { z } from 'zod';
import { toUnixRequired, zTimestamp } from '../../validation';

/** Dify's `SimpleConversation`, what end users see of their conversations on `/v1` and `/api`. */
export const ZSimpleConversation = z
  .object({
    id: z.string(),
    name: z.string(),
    inputs: z.record(z.string(), z.unknown()),
    status: z.string(),
    introduction: z.string().nullable(),
    created_at: zTimestamp,
    updated_at: zTimestamp,
  })
  .meta({ id: 'SimpleConversation' });

export type TSimpleConversation = z.infer<typeof ZSimpleConversation>;

export function presentSimpleConversation(row: Conversation): TSimpleConversation {
  return {
    id: row.id,
    name: row.name,
    inputs: row.inputs,
    status: row.status,
    introduction: row.introduction,
    created_at: toUnixRequired(row.createdAt),
    updated_at: toUnixRequired(row.updatedAt),
  };
}
