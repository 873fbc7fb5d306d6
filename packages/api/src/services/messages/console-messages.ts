import { type Actor } from '../../callers';
import { conversationMessagesStore } from '../../data/conversation-messages';
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
  const conversation = await conversationMessagesStore(deps.db, actor.workspaceId).findAppConversation(app.id, input.conversationId);
  if (!conversation) throw conversationNotFound();
  const { rows, hasMore } = await historyPage(deps, conversation, input);
  return { limit: input.limit, has_more: hasMore, data: await presentConsoleMessages(deps, app, rows) };
}

/** `GET /apps/{app_id}/messages/{message_id}`: one message of the app, for any member. */
export async function getConsoleMessage(deps: AppDeps, actor: Actor, appId: string, messageId: string) {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  const message = await conversationMessagesStore(deps.db, actor.workspaceId).findAppMessage(app.id, messageId);
  if (!message) throw messageNotFound();
  const [detail] = await presentConsoleMessages(deps, app, [message]);
  return detail!;
}
