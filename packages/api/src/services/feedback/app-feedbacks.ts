import { type MessageFeedback } from '@tessera/db';
import { z } from 'zod';
import { type AppCaller } from '../../callers';
import { feedbackStore } from '../../data/feedback';
import { type AppDeps } from '../../deps';

/** `GET /v1/app/feedbacks` items: Dify's `MessageFeedback.to_dict()`, with ISO-8601 timestamps. */
export const ZAppFeedback = z
  .object({
    id: z.string(),
    app_id: z.string(),
    conversation_id: z.string(),
    message_id: z.string(),
    rating: z.enum(['like', 'dislike']),
    content: z.string().nullable(),
    from_source: z.enum(['user', 'admin']),
    from_end_user_id: z.string().nullable(),
    from_account_id: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'AppFeedback' });

/**
 * Python's `datetime.isoformat()` of a naive UTC time, which is what Dify answers: no zone suffix,
 * microseconds only when there are any. Older Python clients parse exactly this.
 */
export function pythonIsoformat(date: Date): string {
  const iso = date.toISOString().slice(0, 23);
  const [whole, millis] = iso.split('.') as [string, string];
  return millis === '000' ? whole : `${whole}.${millis}000`;
}

function present(row: MessageFeedback): z.infer<typeof ZAppFeedback> {
  return {
    id: row.id,
    app_id: row.appId,
    conversation_id: row.conversationId,
    message_id: row.messageId,
    rating: row.rating,
    content: row.content,
    from_source: row.fromSource,
    from_end_user_id: row.fromEndUserId,
    from_account_id: row.fromAccountId,
    created_at: pythonIsoformat(row.createdAt),
    updated_at: pythonIsoformat(row.updatedAt),
  };
}

/** Every feedback on the key's app, end users' and operators', newest first; no paging metadata, as in Dify. */
export async function listAppFeedbacks(deps: AppDeps, caller: AppCaller, input: { page: number; limit: number }) {
  const rows = await feedbackStore(deps.db, caller.workspaceId).pageForApp(caller.appId, { limit: input.limit, offset: (input.page - 1) * input.limit });
  return { data: rows.map(present) };
}
