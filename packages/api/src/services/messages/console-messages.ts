import { and, eq } from 'drizzle-orm';
import { conversations, messages } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { findWorkspaceApp } from '../apps/app-rows';
import { conversationNotFound } from '../conversations/end-user-scope';
import { findLogApp } from '../conversations/log-app';
import { messageNotFound } from './end-user-messages';
import { historyPage } from './history-page';
import { presentConsoleMessages } from './present-console-message';

/** `GET /apps/{app_id}/chat-messages`: a page of any conversation of the app, backwards from `first_id`. */
export async function listConsoleChatMessages(
  deps: AppDeps,
  actor: Actor,
  appId: string,
  input: { conversationId: string; firstId?: string; limit: number },
) {
  const app = await findLogApp(deps, actor, appId, 'chat');
  const [conversation] = await deps.db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.id, input.conversationId),
        eq(conversations.appId, app.id),
        eq(conversations.workspaceId, actor.workspaceId),
        eq(conversations.isDeleted, false),
      ),
    );
  if (!conversation) throw conversationNotFound();
  const { rows, hasMore } = await historyPage(deps, conversation, input);
  return { limit: input.limit, has_more: hasMore, data: await presentConsoleMessages(deps, app, rows) };
}

/** `GET /apps/{app_id}/messages/{message_id}`: one message of the app, for any member. */
export async function getConsoleMessage(deps: AppDeps, actor: Actor, appId: string, messageId: string) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  const [row] = await deps.db
    .select({ message: messages })
    .from(messages)
    .innerJoin(conversations, and(eq(conversations.id, messages.conversationId), eq(conversations.isDeleted, false)))
    .where(and(eq(messages.id, messageId), eq(messages.appId, app.id), eq(messages.workspaceId, actor.workspaceId)));
  if (!row) throw messageNotFound();
  const [detail] = await presentConsoleMessages(deps, app, [row.message]);
  return detail!;
}
