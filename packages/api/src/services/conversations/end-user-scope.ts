import { type SQL } from 'drizzle-orm';
import { type Conversation, type Queryable } from '@tessera/db';
import { type PassportCaller } from '../../callers';
import { type AppCaller } from '../../callers';
import { endUserConversationsStore, ownedConversationsOf } from '../../data/end-user-conversations';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { serviceApiEndUser } from '../end-users/end-users';

/**
 * Who a Service API or web-app request acts for: one end user of one app of one workspace, and the
 * surface the request came through. Every end-user query is built from it, so none can forget the
 * owner.
 */
export interface EndUserScope {
  workspaceId: string;
  appId: string;
  endUserId: string;
  /** Lists show only what was started through the same surface, as Dify's do. */
  invokeFrom: 'service-api' | 'web-app';
}

/**
 * The Service API's end user: the `user` a call names (created on first sight), or Dify's
 * `DEFAULT-USER` where `user` may be left out; where it may not, 400 "Arg user must be provided.".
 */
export async function serviceApiScope(deps: AppDeps, app: AppCaller, user: string | undefined, options: { required: boolean }): Promise<EndUserScope> {
  if (options.required && !user?.trim()) throw errors.invalidParam('Arg user must be provided.');
  const endUser = await serviceApiEndUser(deps, app, user);
  return { workspaceId: app.workspaceId, appId: app.appId, endUserId: endUser.id, invokeFrom: 'service-api' };
}

/** The web app's end user, as their passport names them. */
export function webAppScope(passport: PassportCaller): EndUserScope {
  return { workspaceId: passport.workspaceId, appId: passport.appId, endUserId: passport.endUserId, invokeFrom: 'web-app' };
}

export const conversationNotFound = () => errors.notFound('not_found', 'Conversation Not Exists.');

/**
 * Conversations the end user may see and change: their own, of this app, not deleted. Dify checks
 * the same for most calls (contract §1.3); Tessera checks it for every one, deletes included.
 */
export function ownedConversations(scope: EndUserScope): SQL {
  return ownedConversationsOf(scope.workspaceId, scope);
}

/** The end user's conversation, or 404 "Conversation Not Exists." for anyone else's or a deleted one. */
export async function findOwnedConversation(db: Queryable, scope: EndUserScope, conversationId: string): Promise<Conversation> {
  const row = await endUserConversationsStore(db, scope.workspaceId).find(scope, conversationId);
  if (!row) throw conversationNotFound();
  return row;
}
