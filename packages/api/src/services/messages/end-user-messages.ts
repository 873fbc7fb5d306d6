import { and, eq } from 'drizzle-orm';
import { conversations, type Message, messages, type Queryable } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { type EndUserScope, findOwnedConversation, ownedConversations } from '../conversations/end-user-scope';
import { historyPage } from './history-page';
import { loadMessageRelations, type MessageRelations } from './message-relations';
import { presentServiceMessage, presentWebMessage } from './present-message';

export const messageNotFound = () => errors.notFound('not_found', 'Message Not Exists.');

/** The end user's own message, in one of their conversations that is not deleted; anyone else's is 404. */
export async function findOwnedMessage(db: Queryable, scope: EndUserScope, messageId: string): Promise<Message> {
  const [row] = await db
    .select({ message: messages })
    .from(messages)
    .innerJoin(conversations, and(eq(conversations.id, messages.conversationId), ownedConversations(scope)))
    .where(
      and(
        eq(messages.id, messageId),
        eq(messages.workspaceId, scope.workspaceId),
        eq(messages.appId, scope.appId),
        eq(messages.fromSource, 'api'),
        eq(messages.fromEndUserId, scope.endUserId),
      ),
    );
  if (!row) throw messageNotFound();
  return row.message;
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
