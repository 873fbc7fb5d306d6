import { and, eq, type SQL } from 'drizzle-orm';
import { messages, savedMessages } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { type EndUserScope } from '../conversations/end-user-scope';
import { afterReference, keysetOrder, keysetValue } from '../conversations/keyset';
import { findOwnedMessage, messageNotFound } from './end-user-messages';
import { loadMessageRelations } from './message-relations';
import { presentSavedMessage } from './present-message';
import { scrollOf } from '../../paging';

/** The end user's saved items of this app: their own messages they kept. */
function savedBy(scope: EndUserScope): SQL {
  return and(
    eq(savedMessages.appId, scope.appId),
    eq(savedMessages.createdByRole, 'end_user'),
    eq(savedMessages.createdBy, scope.endUserId),
    eq(messages.appId, scope.appId),
    eq(messages.workspaceId, scope.workspaceId),
    eq(messages.fromEndUserId, scope.endUserId),
  )!;
}

async function presentAll(deps: AppDeps, scope: EndUserScope, rows: (typeof messages.$inferSelect)[]) {
  const relations = await loadMessageRelations(deps, scope.workspaceId, rows);
  return rows.map((row) => presentSavedMessage(row, relations));
}

/** `GET /api/saved-messages`: newest message first; `last_id` is the last item of the previous page. */
export async function listSavedMessages(deps: AppDeps, scope: EndUserScope, input: { lastId?: string; limit: number }) {
  const conditions: SQL[] = [savedBy(scope)];
  if (input.lastId) {
    const [reference] = await deps.db
      .select({ id: messages.id, value: keysetValue(messages.createdAt) })
      .from(savedMessages)
      .innerJoin(messages, eq(messages.id, savedMessages.messageId))
      .where(and(...conditions, eq(messages.id, input.lastId)));
    if (!reference) throw errors.notFound('not_found', 'Last Message Not Exists.');
    conditions.push(afterReference(messages.createdAt, messages.id, reference, 'desc'));
  }
  const rows = await deps.db
    .select({ message: messages })
    .from(savedMessages)
    .innerJoin(messages, eq(messages.id, savedMessages.messageId))
    .where(and(...conditions))
    .orderBy(...keysetOrder(messages.createdAt, messages.id, 'desc'))
    .limit(input.limit + 1);
  const page = scrollOf(input.limit, rows);
  return { ...page, data: await presentAll(deps, scope, page.data.map((row) => row.message)) };
}

/** `GET /api/saved-messages/{message_id}`: one saved item, 404 unless this end user saved it. */
export async function getSavedMessage(deps: AppDeps, scope: EndUserScope, messageId: string) {
  const [row] = await deps.db
    .select({ message: messages })
    .from(savedMessages)
    .innerJoin(messages, eq(messages.id, savedMessages.messageId))
    .where(and(savedBy(scope), eq(messages.id, messageId)));
  if (!row) throw messageNotFound();
  const [item] = await presentAll(deps, scope, [row.message]);
  return item!;
}

/** `POST /api/saved-messages`: keeps one of the end user's messages; saving twice keeps one. */
export async function saveMessage(deps: AppDeps, scope: EndUserScope, messageId: string): Promise<void> {
  const message = await findOwnedMessage(deps.db, scope, messageId);
  await deps.db
    .insert(savedMessages)
    .values({ appId: scope.appId, messageId: message.id, createdByRole: 'end_user', createdBy: scope.endUserId })
    .onConflictDoNothing();
}

/** `DELETE /api/saved-messages/{message_id}`: forgets it; one that was not saved is left alone. */
export async function unsaveMessage(deps: AppDeps, scope: EndUserScope, messageId: string): Promise<void> {
  await deps.db
    .delete(savedMessages)
    .where(
      and(
        eq(savedMessages.messageId, messageId),
        eq(savedMessages.appId, scope.appId),
        eq(savedMessages.createdByRole, 'end_user'),
        eq(savedMessages.createdBy, scope.endUserId),
      ),
    );
}
