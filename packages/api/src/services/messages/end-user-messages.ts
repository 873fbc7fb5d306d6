import { type Message, type Queryable } from '@tessera/db';
import { conversationMessagesStore } from '../../data/conversation-messages';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { type EndUserScope, findOwnedConversation } from '../conversations/end-user-scope';
import { historyPage } from './history-page';
import { loadMessageRelations, type MessageRelations } from './message-relations';
import { presentServiceMessage, presentWebMessage } from './present-message';

export const messageNotFound = () => errors.notFound('not_found', 'Message Not Exists.');

/** The end user's own message, in one of their conversations that is not deleted; anyone else's is 404. */
export async function findOwnedMessage(db: Queryable, scope: EndUserScope, messageId: string): Promise<Message> {
  const message = await conversationMessagesStore(db, scope.workspaceId).findOwned(scope, messageId);
  if (!message) throw messageNotFound();
  return message;
}

export interface ListEndUserMessagesInput {
  /** An empty id is an empty page, as in Dify. */
  conversationId: string;
  firstId?: string;
  limit: number;
}

async function listEndUserMessages<T>(
  deps: AppDeps,
  scope: EndUserScope,
  input: ListEndUserMessagesInput,
  present: (message: Message, relations: MessageRelations) => T,
): Promise<{ limit: number; has_more: boolean; data: T[] }> {
  if (!input.conversationId) return { limit: input.limit, has_more: false, data: [] };
  const conversation = await findOwnedConversation(deps.db, scope, input.conversationId);
  const { rows, hasMore } = await historyPage(deps, conversation, input);
  const relations = await loadMessageRelations(deps, scope.workspaceId, rows);
  return { limit: input.limit, has_more: hasMore, data: rows.map((row) => present(row, relations)) };
}

/** `GET /v1/messages`: a page of one of the end user's conversations. */
export const listServiceMessages = (deps: AppDeps, scope: EndUserScope, input: ListEndUserMessagesInput) =>
  listEndUserMessages(deps, scope, input, presentServiceMessage);

/** `GET /api/messages`: the same, in the web app's shape. */
export const listWebMessages = (deps: AppDeps, scope: EndUserScope, input: ListEndUserMessagesInput) =>
  listEndUserMessages(deps, scope, input, presentWebMessage);
