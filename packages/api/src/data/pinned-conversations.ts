import { and, eq, inArray } from 'drizzle-orm';
import { apps, type Conversation, pinnedConversations, type Queryable } from '@tessera/db';

/** An end user or account who pins. */
export interface Pinner {
  role: 'end_user' | 'account';
  id: string;
}

/**
 * Conversations pinned in a workspace's web apps. The table has no workspace id, so every query
 * goes through the app (or the conversation) the pin belongs to and that row's workspace.
 */
export function pinnedConversationsStore(db: Queryable, workspaceId: string) {
  const workspaceApps = db.select({ id: apps.id }).from(apps).where(eq(apps.workspaceId, workspaceId));

  return {
    /** Pinning twice keeps one pin; a conversation of another workspace is left unpinned. */
    async pin(conversation: Conversation, by: Pinner): Promise<void> {
      if (conversation.workspaceId !== workspaceId) return;
      await db
        .insert(pinnedConversations)
        .values({ appId: conversation.appId, conversationId: conversation.id, createdByRole: by.role, createdBy: by.id })
        .onConflictDoNothing();
    },

    /** A conversation that is not pinned by them is left as it is. */
    async unpin(appId: string, conversationId: string, by: Pinner): Promise<void> {
      await db
        .delete(pinnedConversations)
        .where(
          and(
            eq(pinnedConversations.conversationId, conversationId),
            eq(pinnedConversations.appId, appId),
            inArray(pinnedConversations.appId, workspaceApps),
            eq(pinnedConversations.createdByRole, by.role),
            eq(pinnedConversations.createdBy, by.id),
          ),
        );
    },
  };
}
