import { fitHistory, generateSuggestedQuestions } from '@tessera/app-engine';
import { conversationMessagesStore } from '../../data/conversation-messages';
import { type AppDeps } from '../../deps';
import { type AppError, errors } from '../../errors';
import { type EndUserScope, findOwnedConversation } from '../conversations/end-user-scope';
import { appConfigVersion, currentAppConfig, generatorTarget } from '../conversations/generator-model';
import { findOwnedMessage } from './end-user-messages';

/** Dify's memory for suggestions: the conversation's last three turns, within 3000 tokens. */
const HISTORY_WINDOW = { maxTokens: 3000, messageLimit: 3 };

/** The feature is off: each surface says so in its own words (contract §9.3 and §1.3). */
function disabled(surface: 'service' | 'web'): AppError {
  return surface === 'service'
    ? errors.badRequest('bad_request', 'Suggested Questions Is Disabled.')
    : errors.notPermitted('app_suggested_questions_after_answer_disabled', 'Function Suggested questions after answer disabled.');
}

function enabled(config: Record<string, unknown> | null | undefined): boolean {
  const feature = config?.suggested_questions_after_answer;
  return typeof feature === 'object' && feature !== null && (feature as { enabled?: unknown }).enabled === true;
}

/**
 * Up to three questions the end user may ask next, after one of their messages. The feature and
 * the model are those of the configuration the conversation runs with (its saved version, else
 * the app's current one); the model sees the conversation's latest turns. A failed model call
 * suggests nothing rather than failing the request.
 */
export async function suggestQuestionsAfterAnswer(deps: AppDeps, scope: EndUserScope, messageId: string, surface: 'service' | 'web'): Promise<string[]> {
  const message = await findOwnedMessage(deps.db, scope, messageId);
  const conversation = await findOwnedConversation(deps.db, scope, message.conversationId);
  const version = await appConfigVersion(deps.db, scope.workspaceId, scope.appId, conversation.appModelConfigId);
  const config = version?.config ?? (await currentAppConfig(deps.db, scope.workspaceId, scope.appId));
  if (!enabled(config)) throw disabled(surface);
  const target = await generatorTarget(deps, scope.workspaceId, config);
  const latest = await conversationMessagesStore(deps.db, scope.workspaceId).latestTurns(conversation, HISTORY_WINDOW.messageLimit);
  const history = fitHistory(latest.reverse(), HISTORY_WINDOW);
  const caller = { workspaceId: scope.workspaceId, type: 'app' as const, id: scope.appId, userId: scope.endUserId };
  return generateSuggestedQuestions({ models: deps.models, target, caller }, history);
}
