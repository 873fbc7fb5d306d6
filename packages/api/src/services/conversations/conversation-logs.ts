import { and, count, eq } from 'drizzle-orm';
import { accounts, type App, appModelConfigs, conversations, endUsers } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { toUnix, toUnixRequired } from '../../validation';
import { type TChatConversationLog, type TCompletionConversationLog } from './console-conversation-shapes';
import { keysetOrder } from './keyset';
import { conversationSort } from './list-conversations';
import { findLogApp, type LogKind } from './log-app';
import { logConditions, type LogFilterInput } from './log-filters';
import { loadLogStats, type LogStats } from './log-stats';
import { type PageParams, pageOf, pageOffset } from '../../paging';

export interface ListLogsInput extends LogFilterInput, PageParams {}

type Config = Record<string, unknown> | null;

async function operatorTimeZone(deps: AppDeps, actor: Actor): Promise<string> {
  const [row] = await deps.db.select({ timezone: accounts.timezone }).from(accounts).where(eq(accounts.id, actor.accountId));
  return row?.timezone ?? 'UTC';
}

/** The first prompt message's text (Dify stores `[{role, text, files}]`). */
function firstPromptText(message: unknown[]): string {
  const first = message[0] as Record<string, unknown> | undefined;
  const text = first?.text ?? first?.content;
  return typeof text === 'string' ? text : '';
}

async function pageOfLogs(deps: AppDeps, actor: Actor, app: App, kind: LogKind, input: ListLogsInput) {
  const where = and(...logConditions(app, kind, input, await operatorTimeZone(deps, actor)));
  const { column, direction } = conversationSort(kind === 'chat' ? input.sortBy : '-created_at');
  const [totals] = await deps.db.select({ total: count() }).from(conversations).where(where);
  const rows = await deps.db
    .select({ conversation: conversations, sessionId: endUsers.sessionId, accountName: accounts.name, config: appModelConfigs.config })
    .from(conversations)
    .leftJoin(endUsers, and(eq(endUsers.id, conversations.fromEndUserId), eq(endUsers.appId, app.id)))
    .leftJoin(accounts, eq(accounts.id, conversations.fromAccountId))
    .leftJoin(appModelConfigs, and(eq(appModelConfigs.id, conversations.appModelConfigId), eq(appModelConfigs.appId, app.id)))
    .where(where)
    .orderBy(...keysetOrder(column, conversations.id, direction))
    .limit(input.limit)
    .offset(pageOffset(input));
  const stats = await loadLogStats(
    deps,
    app,
    rows.map((row) => row.conversation.id),
  );
  const total = totals?.total ?? 0;
  return { rows, stats, paging: pageOf(input, total, []) };
}

type LogRow = Awaited<ReturnType<typeof pageOfLogs>>['rows'][number];

function logFields({ conversation, sessionId, accountName, config }: LogRow, stats: LogStats) {
  const model = (config as Config)?.model;
  const prePrompt = (config as Config)?.pre_prompt;
  return {
    id: conversation.id,
    status: conversation.status,
    from_source: conversation.fromSource,
    from_end_user_id: conversation.fromEndUserId,
    from_end_user_session_id: sessionId,
    from_account_id: conversation.fromAccountId,
    from_account_name: accountName,
    read_at: toUnix(conversation.readAt),
    created_at: toUnixRequired(conversation.createdAt),
    updated_at: toUnixRequired(conversation.updatedAt),
    model_config: {
      model: typeof model === 'object' && model !== null ? (model as Record<string, unknown>) : null,
      pre_prompt: typeof prePrompt === 'string' ? prePrompt : null,
    },
    user_feedback_stats: stats.feedbackStats(conversation.id, 'user'),
    admin_feedback_stats: stats.feedbackStats(conversation.id, 'admin'),
  };
}

/** `GET /apps/{app_id}/chat-conversations`. */
export async function listChatConversationLogs(deps: AppDeps, actor: Actor, appId: string, input: ListLogsInput) {
  const app = await findLogApp(deps, actor, appId, 'chat');
  const { rows, stats, paging } = await pageOfLogs(deps, actor, app, 'chat', input);
  const data = rows.map((row): TChatConversationLog => {
    const id = row.conversation.id;
    const messageCount = stats.messageCount(id);
    return {
      ...logFields(row, stats),
      name: row.conversation.name,
      summary: row.conversation.summary || stats.firstMessage(id)?.query || '',
      annotated: stats.firstAnnotation(id) !== undefined,
      message_count: messageCount,
      // Run outcomes are counted for workflow-backed chats; a basic chat's messages have none.
      status_count: messageCount > 0 ? { success: 0, failed: 0, partial_success: 0 } : null,
    };
  });
  return { ...paging, data };
}

/** `GET /apps/{app_id}/completion-conversations`, newest first. */
export async function listCompletionConversationLogs(deps: AppDeps, actor: Actor, appId: string, input: ListLogsInput) {
  const app = await findLogApp(deps, actor, appId, 'completion');
  const { rows, stats, paging } = await pageOfLogs(deps, actor, app, 'completion', input);
  const data = rows.map((row): TCompletionConversationLog => {
    const first = stats.firstMessage(row.conversation.id);
    const annotated = stats.firstAnnotation(row.conversation.id);
    return {
      ...logFields(row, stats),
      annotation: annotated
        ? {
            id: annotated.annotation.id,
            question: annotated.annotation.question,
            content: annotated.annotation.content,
            account: annotated.account,
            created_at: toUnixRequired(annotated.annotation.createdAt),
          }
        : null,
      message: first ? { inputs: first.inputs, query: first.query, message: firstPromptText(first.message), answer: first.answer } : null,
    };
  });
  return { ...paging, data };
}
