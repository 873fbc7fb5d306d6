import { and, eq } from 'drizzle-orm';
import { apps, conversations, type InvokeFrom, messageFiles, messages } from '@tessera/db';
import { type TestApp } from './app';

export interface SeedConversationWithFilesOptions {
  appId: string;
  /** The end user who had the conversation, or the operator (`accountId`) for a console one: one of the two. */
  endUserId?: string;
  accountId?: string;
  invokeFrom?: InvokeFrom;
  name?: string;
  /** One message per entry, oldest first. */
  messages?: Array<{
    query?: string;
    answer?: string;
    status?: 'normal' | 'error' | 'stopped';
    /** Uploads the message carries (message_files rows with `local_file`). */
    uploadFileIds?: string[];
  }>;
}

/**
 * A conversation with its messages (and their files) written straight to the database, for tests
 * of endpoints that read what a generation left behind. The app's workspace and mode are used.
 */
export async function seedConversationWithFiles(app: TestApp, options: SeedConversationWithFilesOptions) {
  const [row] = await app.deps.db.select({ workspaceId: apps.workspaceId, mode: apps.mode }).from(apps).where(eq(apps.id, options.appId));
  if (!row) throw new Error(`seedConversationWithFiles: no app ${options.appId}`);
  const creator = options.endUserId ?? options.accountId;
  if (!creator) throw new Error('seedConversationWithFiles: give an endUserId or an accountId');
  const owner = options.endUserId
    ? { fromSource: 'api' as const, fromEndUserId: options.endUserId, fromAccountId: null }
    : { fromSource: 'console' as const, fromEndUserId: null, fromAccountId: creator };
  const invokeFrom = options.invokeFrom ?? (options.endUserId ? 'service-api' : 'debugger');
  const [conversation] = await app.deps.db
    .insert(conversations)
    .values({ workspaceId: row.workspaceId, appId: options.appId, mode: row.mode, name: options.name ?? 'Conversation', invokeFrom, ...owner })
    .returning();
  const seeded = [];
  for (const spec of options.messages ?? [{}]) {
    const [message] = await app.deps.db
      .insert(messages)
      .values({
        workspaceId: row.workspaceId,
        appId: options.appId,
        conversationId: conversation!.id,
        query: spec.query ?? 'Hello',
        answer: spec.answer ?? 'Hi there',
        status: spec.status ?? 'normal',
        invokeFrom,
        ...owner,
      })
      .returning();
    for (const uploadFileId of spec.uploadFileIds ?? []) {
      await app.deps.db.insert(messageFiles).values({
        workspaceId: row.workspaceId,
        messageId: message!.id,
        type: 'image',
        transferMethod: 'local_file',
        uploadFileId,
        createdByRole: options.endUserId ? 'end_user' : 'account',
        createdBy: creator,
      });
    }
    seeded.push(message!);
  }
  return { conversation: conversation!, messages: seeded };
}

/** Merges `patch` into an app's model configuration (features, file upload settings …) directly. */
export async function patchModelConfig(app: TestApp, appId: string, patch: Record<string, unknown>): Promise<void> {
  const [row] = await app.deps.db.select({ modelConfig: apps.modelConfig, workspaceId: apps.workspaceId }).from(apps).where(eq(apps.id, appId));
  if (!row) throw new Error(`patchModelConfig: no app ${appId}`);
  await app.deps.db
    .update(apps)
    .set({ modelConfig: { ...(row.modelConfig ?? {}), ...patch } })
    .where(and(eq(apps.id, appId), eq(apps.workspaceId, row.workspaceId)));
}
