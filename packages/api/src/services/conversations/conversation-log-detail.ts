import { and, eq, isNull } from 'drizzle-orm';
import { type App, type Conversation, conversations } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { toUnixRequired } from '../../validation';
import { presentConsoleMessages } from '../messages/present-console-message';
import { type TLogModelConfig } from './console-conversation-shapes';
import { conversationNotFound } from './end-user-scope';
import { appConfigVersion } from './generator-model';
import { findLogApp, type LogKind } from './log-app';
import { loadLogStats, type LogStats } from './log-stats';

async function findLoggedConversation(deps: AppDeps, app: App, conversationId: string): Promise<Conversation> {
  const [row] = await deps.db
    .select()
    .from(conversations)
    .where(
      and(eq(conversations.id, conversationId), eq(conversations.appId, app.id), eq(conversations.workspaceId, app.workspaceId), eq(conversations.isDeleted, false)),
    );
  if (!row) throw conversationNotFound();
  return row;
}

/** The first time an operator opens a conversation it counts as read; its place in "recently updated" stays. */
async function markRead(deps: AppDeps, conversation: Conversation): Promise<void> {
  if (conversation.readAt) return;
  await deps.db
    .update(conversations)
    .set({ readAt: deps.now(), updatedAt: conversation.updatedAt })
    .where(and(eq(conversations.id, conversation.id), eq(conversations.workspaceId, conversation.workspaceId), isNull(conversations.readAt)));
}

const listOf = (value: unknown) => (Array.isArray(value) ? value : null);
const recordOf = (value: unknown) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null);
const textOf = (value: unknown) => (typeof value === 'string' ? value : null);

/** The configuration version a conversation ran with, in the fields the detail views show. */
async function conversationConfig(deps: AppDeps, app: App, conversation: Conversation): Promise<{ config: TLogModelConfig; version: number | null }> {
  const version = await appConfigVersion(deps.db, app.workspaceId, app.id, conversation.appModelConfigId);
  const config = version?.config ?? {};
  return {
    config: {
      opening_statement: textOf(config.opening_statement),
      suggested_questions: listOf(config.suggested_questions),
      model: recordOf(config.model),
      user_input_form: listOf(config.user_input_form),
      pre_prompt: textOf(config.pre_prompt),
      agent_mode: recordOf(config.agent_mode),
    },
    version: version?.version ?? null,
  };
}

function detailFields(conversation: Conversation, configured: { config: TLogModelConfig; version: number | null }, stats: LogStats) {
  return {
    id: conversation.id,
    status: conversation.status,
    from_source: conversation.fromSource,
    from_end_user_id: conversation.fromEndUserId,
    from_account_id: conversation.fromAccountId,
    created_at: toUnixRequired(conversation.createdAt),
    model_config: configured.config,
    model_config_version: configured.version,
    annotated: stats.firstAnnotation(conversation.id) !== undefined,
    message_count: stats.messageCount(conversation.id),
    user_feedback_stats: stats.feedbackStats(conversation.id, 'user'),
    admin_feedback_stats: stats.feedbackStats(conversation.id, 'admin'),
  };
}

/** `GET /apps/{app_id}/chat-conversations/{conversation_id}`. */
export async function getChatConversationLog(deps: AppDeps, actor: Actor, appId: string, conversationId: string) {
  const app = await findLogApp(deps, actor, appId, 'chat');
  const conversation = await findLoggedConversation(deps, app, conversationId);
  await markRead(deps, conversation);
  const [configured, stats] = await Promise.all([conversationConfig(deps, app, conversation), loadLogStats(deps, app, [conversation.id])]);
  return { ...detailFields(conversation, configured, stats), updated_at: toUnixRequired(conversation.updatedAt), introduction: conversation.introduction };
}

/** `GET /apps/{app_id}/completion-conversations/{conversation_id}`: with its message in detail. */
export async function getCompletionConversationLog(deps: AppDeps, actor: Actor, appId: string, conversationId: string) {
  const app = await findLogApp(deps, actor, appId, 'completion');
  const conversation = await findLoggedConversation(deps, app, conversationId);
  await markRead(deps, conversation);
  const [configured, stats] = await Promise.all([conversationConfig(deps, app, conversation), loadLogStats(deps, app, [conversation.id])]);
  const first = stats.firstMessage(conversation.id);
  const [message] = first ? await presentConsoleMessages(deps, app, [first]) : [];
  return { ...detailFields(conversation, configured, stats), message: message ?? null };
}

/** `DELETE` of a logged conversation: operators remove anyone's; it leaves the logs and its owner's lists. */
export async function deleteConversationLog(deps: AppDeps, actor: Actor, appId: string, conversationId: string, kind: LogKind): Promise<void> {
  const app = await findLogApp(deps, actor, appId, kind);
  const conversation = await findLoggedConversation(deps, app, conversationId);
  await deps.db
    .update(conversations)
    .set({ isDeleted: true })
    .where(and(eq(conversations.id, conversation.id), eq(conversations.appId, app.id), eq(conversations.workspaceId, app.workspaceId)));
}
