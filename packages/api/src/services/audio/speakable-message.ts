import { and, eq } from 'drizzle-orm';
import { messages, type Queryable } from '@tessera/db';
import { UUID } from '../../validation';
import { type AppEndUser } from '../app-files/end-user-upload';

/**
 * The answer text-to-audio may read out: a message of this app that this end user received. Any other
 * id (malformed, unknown, another app's or another end user's message) finds nothing, which Dify
 * answers with `null` rather than an error.
 */
export async function findSpeakableAnswer(db: Queryable, caller: AppEndUser, messageId: string): Promise<string | undefined> {
  if (!UUID.test(messageId)) return undefined;
  const [row] = await db
    .select({ answer: messages.answer })
    .from(messages)
    .where(
      and(
        eq(messages.id, messageId),
        eq(messages.appId, caller.appId),
        eq(messages.workspaceId, caller.workspaceId),
        eq(messages.fromEndUserId, caller.endUserId),
      ),
    )
    .limit(1);
  return row?.answer;
}
