import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { apps, type Message, messages, type Queryable, savedMessages } from '@tessera/db';
import { afterReference, type KeysetReference, keysetOrder, keysetValue } from '../services/conversations/keyset';

/** An end user of one app, who keeps their own messages. */
export interface Saver {
  appId: string;
  endUserId: string;
}

/**
 * Messages end users of a workspace's web apps saved. The table has no workspace id, so reads join
 * the saved message and filter by its workspace, and deletes go through the app's workspace.
 */
export function savedMessagesStore(db: Queryable, workspaceId: string) {
  /** The saver's saved items: their own messages of that app, of this workspace. */
  const savedBy = (saver: Saver): SQL =>
    and(
      eq(savedMessages.appId, saver.appId),
      eq(savedMessages.createdByRole, 'end_user'),
      eq(savedMessages.createdBy, saver.endUserId),
      eq(messages.appId, saver.appId),
      eq(messages.workspaceId, workspaceId),
      eq(messages.fromEndUserId, saver.endUserId),
    )!;
  const joined = () => db.select({ message: messages }).from(savedMessages).innerJoin(messages, eq(messages.id, savedMessages.messageId));

  return {
    /** Where a page after this saved message resumes, or undefined when they did not save it. */
    async reference(saver: Saver, messageId: string): Promise<KeysetReference | undefined> {
      const [row] = await db
        .select({ id: messages.id, value: keysetValue(messages.createdAt) })
        .from(savedMessages)
        .innerJoin(messages, eq(messages.id, savedMessages.messageId))
        .where(and(savedBy(saver), eq(messages.id, messageId)));
      return row;
    },

    /** Newest message first, after the reference when there is one. */
    async page(saver: Saver, page: { after?: KeysetReference; limit: number }): Promise<Message[]> {
      const conditions = [savedBy(saver)];
      if (page.after) conditions.push(afterReference(messages.createdAt, messages.id, page.after, 'desc'));
      const rows = await joined()
        .where(and(...conditions))
        .orderBy(...keysetOrder(messages.createdAt, messages.id, 'desc'))
        .limit(page.limit);
      return rows.map((row) => row.message);
    },

    async find(saver: Saver, messageId: string): Promise<Message | undefined> {
      const [row] = await joined().where(and(savedBy(saver), eq(messages.id, messageId)));
      return row?.message;
    },

    /** Saving twice keeps one; a message of another workspace is left unsaved. */
    async save(saver: Saver, message: Message): Promise<void> {
      if (message.workspaceId !== workspaceId) return;
      await db
        .insert(savedMessages)
        .values({ appId: saver.appId, messageId: message.id, createdByRole: 'end_user', createdBy: saver.endUserId })
        .onConflictDoNothing();
    },

    /** One that was not saved is left alone. */
    async unsave(saver: Saver, messageId: string): Promise<void> {
      await db
        .delete(savedMessages)
        .where(
          and(
            eq(savedMessages.messageId, messageId),
            eq(savedMessages.appId, saver.appId),
            inArray(savedMessages.appId, db.select({ id: apps.id }).from(apps).where(eq(apps.workspaceId, workspaceId))),
            eq(savedMessages.createdByRole, 'end_user'),
            eq(savedMessages.createdBy, saver.endUserId),
          ),
        );
    },
  };
}
