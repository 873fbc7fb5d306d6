import { type Actor } from '../../callers';
import { feedbackStore } from '../../data/feedback';
import { type AppDeps } from '../../deps';
import { findWorkspaceApp } from '../apps/app-rows';
import { type EndUserScope } from '../conversations/end-user-scope';
import { findOwnedMessage, messageNotFound } from '../messages/end-user-messages';
import { applyRating, type RatingInput } from './apply-rating';

/** `POST /v1|/api/messages/{id}/feedbacks`: the end user rates one of their own messages. */
export async function rateOwnMessage(deps: AppDeps, scope: EndUserScope, messageId: string, input: RatingInput): Promise<void> {
  const message = await findOwnedMessage(deps.db, scope, messageId);
  await applyRating(deps.db, message, { source: 'user', endUserId: scope.endUserId }, input);
}

/** `POST /console/api/apps/{app_id}/feedbacks`: an operator rates any message of the workspace's app. */
export async function rateMessageAsAdmin(deps: AppDeps, actor: Actor, appId: string, input: RatingInput & { messageId: string }): Promise<void> {
  const app = await findWorkspaceApp(deps.db, actor.workspaceId, appId);
  const message = await feedbackStore(deps.db, actor.workspaceId).findAppMessage(app.id, input.messageId);
  if (!message) throw messageNotFound();
  await applyRating(deps.db, message, { source: 'admin', accountId: actor.accountId }, input);
}
