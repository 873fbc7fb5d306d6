import { and, eq } from 'drizzle-orm';
import { pinnedConversations } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { type EndUserScope, findOwnedConversation } from './end-user-scope';

/** Pins one of the end user's conversations in the web app's sidebar; pinning twice is a no-op. */
export async function pinConversation(deps: AppDeps, scope: EndUserScope, conversationId: string): Promise<void> {
  const conversation = await findOwnedConversation(deps.db, scope, conversationId);
  await deps.db
    .insert(pinnedConversations)
    .values({ appId: scope.appId, conversationId: conversation.id, createdByRole: 'end_user', createdBy: scope.endUserId })
    .onConflictDoNothing();
}

/** Unpins it; a conversation that is not pinned (or not theirs) is left as it is, as in Dify. */
export async function unpinConversation(deps: AppDeps, scope: EndUserScope, conversationId: string): Promise<void> {
  await deps.db
    .delete(pinnedConversations)
    .where(
      and(
        eq(pinnedConversations.conversationId, conversationId),
        eq(pinnedConversations.appId, scope.appId),
        eq(pinnedConversations.createdByRole, 'end_user'),
        eq(pinnedConversations.createdBy, scope.endUserId),
      ),
    );
}
