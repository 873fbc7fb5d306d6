import { randomUUID } from 'node:crypto';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import { type Conversation, conversations, type FromSource, type Message, messageFiles, messages, streamTasks } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { type AppError, errors } from '../../errors';
import { type RequestFile } from '../app-files/prompt-file-content';
import { provisionalName } from './conversation';
import { ownerKey, type GenerationRequest } from './types';

export interface OpenedRun {
  taskId: string;
  conversation: Conversation;
  message: Message;
}

interface OpenRunInput {
  request: GenerationRequest;
  /** Continue this one; a new conversation is created otherwise. */
  conversation?: Conversation;
  inputs: Record<string, unknown>;
  /** The request's files, kept as the message's user files. */
  files: RequestFile[];
  appModelConfigId: string | null;
  model: { provider: string; name: string };
  /** The app's `max_active_requests` (0 or null: no limit). */
  maxActiveRequests: number | null;
}

function tooManyRequests(appId: string, limit: number): AppError {
  // Dify raises this as a ValueError, which its handlers answer as 400 invalid_param.
  return errors.invalidParam(`Too many requests. Please try again later. The current maximum concurrent requests allowed for ${appId} is ${limit}.`);
}

/**
 * Writes what a run needs before its first token, in one transaction: the conversation (when new),
 * the message, and the stream task. With a per-app concurrency limit, an advisory lock on the app
 * makes "count running tasks, then add one" atomic, so a burst cannot slip past the limit.
 */
export async function openRun(deps: AppDeps, input: OpenRunInput): Promise<OpenedRun> {
  const { request } = input;
  const { app, owner } = request;
  const fromSource: FromSource = request.invokeFrom === 'debugger' ? 'console' : 'api';
  const ownerColumns = owner.kind === 'end_user' ? { fromEndUserId: owner.endUserId } : { fromAccountId: owner.accountId };
  const taskId = randomUUID();
  const limit = input.maxActiveRequests ?? 0;
  return deps.db.transaction(async (tx) => {
    if (limit > 0) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`app-runs:${app.appId}`}, 0))`);
      const since = new Date(deps.now().getTime() - deps.config.appMaxExecutionSeconds * 1000);
      const [running] = await tx
        .select({ n: count() })
        .from(streamTasks)
        .where(and(eq(streamTasks.appId, app.appId), eq(streamTasks.status, 'running'), gt(streamTasks.createdAt, since)));
      if ((running?.n ?? 0) >= limit) throw tooManyRequests(app.appId, limit);
    }
    let conversation = input.conversation;
    if (!conversation) {
      [conversation] = await tx
        .insert(conversations)
        .values({
          workspaceId: app.workspaceId,
          appId: app.appId,
          appModelConfigId: input.appModelConfigId,
          modelProvider: input.model.provider,
          modelId: input.model.name,
          mode: app.mode,
          name: provisionalName(request.query),
          inputs: input.inputs,
          invokeFrom: request.invokeFrom,
          fromSource,
          ...ownerColumns,
        })
        .returning();
    } else {
      await tx
        .update(conversations)
        .set({ dialogueCount: sql`${conversations.dialogueCount} + 1`, updatedAt: deps.now() })
        .where(eq(conversations.id, conversation.id));
    }
    const [message] = await tx
      .insert(messages)
      .values({
        workspaceId: app.workspaceId,
        appId: app.appId,
        conversationId: conversation!.id,
        appModelConfigId: input.appModelConfigId,
        modelProvider: input.model.provider,
        modelId: input.model.name,
        taskId,
        inputs: input.inputs,
        query: request.query,
        invokeFrom: request.invokeFrom,
        fromSource,
        agentBased: app.mode === 'agent-chat',
        parentMessageId: request.parentMessageId ?? null,
        ...ownerColumns,
      })
      .returning();
    if (input.files.length > 0) {
      await tx.insert(messageFiles).values(
        input.files.map((file) => ({
          workspaceId: app.workspaceId,
          messageId: message!.id,
          type: file.type,
          transferMethod: file.transferMethod,
          url: file.remoteUrl,
          belongsTo: 'user' as const,
          uploadFileId: file.uploadFileId,
          createdByRole: owner.kind === 'end_user' ? ('end_user' as const) : ('account' as const),
          createdBy: owner.kind === 'end_user' ? owner.endUserId : owner.accountId,
        })),
      );
    }
    await tx.insert(streamTasks).values({
      id: taskId,
      workspaceId: app.workspaceId,
      appId: app.appId,
      kind: app.mode === 'completion' ? 'completion' : 'chat',
      owner: ownerKey(owner),
      subjectId: message!.id,
    });
    return { taskId, conversation: conversation!, message: message! };
  });
}
