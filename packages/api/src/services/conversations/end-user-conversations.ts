import { endUserConversationsStore } from '../../data/end-user-conversations';
import { type AppDeps } from '../../deps';
import { conversationNotFound, type EndUserScope, findOwnedConversation } from './end-user-scope';
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
  const deleted = await endUserConversationsStore(deps.db, scope.workspaceId).softDelete(scope, conversationId);
  if (!deleted) throw conversationNotFound();
}
