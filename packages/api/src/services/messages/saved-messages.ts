import { type Message } from '@tessera/db';
import { savedMessagesStore } from '../../data/saved-messages';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { scrollOf } from '../../paging';
import { type EndUserScope } from '../conversations/end-user-scope';
import { findOwnedMessage, messageNotFound } from './end-user-messages';
import { loadMessageRelations } from './message-relations';
import { presentSavedMessage } from './present-message';

const storeOf = (deps: AppDeps, scope: EndUserScope) => savedMessagesStore(deps.db, scope.workspaceId);
const saverOf = (scope: EndUserScope) => ({ appId: scope.appId, endUserId: scope.endUserId });

async function presentAll(deps: AppDeps, scope: EndUserScope, rows: Message[]) {
  const relations = await loadMessageRelations(deps, scope.workspaceId, rows);
  return rows.map((row) => presentSavedMessage(row, relations));
}

/** `GET /api/saved-messages`: newest message first; `last_id` is the last item of the previous page. */
export async function listSavedMessages(deps: AppDeps, scope: EndUserScope, input: { lastId?: string; limit: number }) {
  const store = storeOf(deps, scope);
  let after;
  if (input.lastId) {
    after = await store.reference(saverOf(scope), input.lastId);
    if (!after) throw errors.notFound('not_found', 'Last Message Not Exists.');
  }
  const rows = await store.page(saverOf(scope), { after, limit: input.limit + 1 });
  const page = scrollOf(input.limit, rows);
  return { ...page, data: await presentAll(deps, scope, page.data) };
}

/** `GET /api/saved-messages/{message_id}`: one saved item, 404 unless this end user saved it. */
export async function getSavedMessage(deps: AppDeps, scope: EndUserScope, messageId: string) {
  const message = await storeOf(deps, scope).find(saverOf(scope), messageId);
  if (!message) throw messageNotFound();
  const [item] = await presentAll(deps, scope, [message]);
  return item!;
}

/** `POST /api/saved-messages`: keeps one of the end user's messages; saving twice keeps one. */
export async function saveMessage(deps: AppDeps, scope: EndUserScope, messageId: string): Promise<void> {
  const message = await findOwnedMessage(deps.db, scope, messageId);
  await storeOf(deps, scope).save(saverOf(scope), message);
}

/** `DELETE /api/saved-messages/{message_id}`: forgets it; one that was not saved is left alone. */
export async function unsaveMessage(deps: AppDeps, scope: EndUserScope, messageId: string): Promise<void> {
  await storeOf(deps, scope).unsave(saverOf(scope), messageId);
}
