import { and, eq } from 'drizzle-orm';
import { conversations } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { conversationNotFound, type EndUserScope, findOwnedConversation, ownedConversations } from './end-user-scope';
import { presentSimpleConversation } from './simple-conversation';

/** One of the end user's conversations. */
export async function getEndUserConversation(deps: AppDeps, scope: EndUserScope, conversationId: string) {
  return presentSimpleConversation(await findOwnedConversation(deps.db, scope, conversationId));
}

/**
 * Hides a conversation from its owner (Dify's soft delete); the console's logs keep it. Only the
 * owner can: Dify 1.12 deleted any id on the Service API, Tessera answers 404 for others'.
 */
export async function deleteEndUserConversation(deps: AppDeps, scope: EndUserScope, conversationId: string): Promise<void> {
  const deleted = await deps.db
    .update(conversations)
    .set({ isDeleted: true })
    .where(and(eq(conversations.id, conversationId), ownedConversations(scope)))
    .returning({ id: conversations.id });
  if (deleted.length === 0) throw conversationNotFound();
}
