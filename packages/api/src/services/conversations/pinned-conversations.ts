import { pinnedConversationsStore } from '../../data/pinned-conversations';
import { type AppDeps } from '../../deps';
import { type EndUserScope, findOwnedConversation } from './end-user-scope';

/** Pins one of the end user's conversations in the web app's sidebar; pinning twice is a no-op. */
export async function pinConversation(deps: AppDeps, scope: EndUserScope, conversationId: string): Promise<void> {
  const conversation = await findOwnedConversation(deps.db, scope, conversationId);
  await pinnedConversationsStore(deps.db, scope.workspaceId).pin(conversation, { role: 'end_user', id: scope.endUserId });
}

/** Unpins it; a conversation that is not pinned (or not theirs) is left as it is, as in Dify. */
export async function unpinConversation(deps: AppDeps, scope: EndUserScope, conversationId: string): Promise<void> {
  await pinnedConversationsStore(deps.db, scope.workspaceId).unpin(scope.appId, conversationId, { role: 'end_user', id: scope.endUserId });
}
