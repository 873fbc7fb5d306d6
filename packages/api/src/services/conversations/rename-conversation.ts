import { generateConversationName } from '@tessera/app-engine';
import { type Conversation } from '@tessera/db';
import { endUserConversationsStore } from '../../data/end-user-conversations';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { type EndUserScope, findOwnedConversation } from './end-user-scope';
import { currentAppConfig, generatorTarget } from './generator-model';
import { presentSimpleConversation } from './simple-conversation';

export interface RenameConversationInput {
  name?: string | null;
  autoGenerate: boolean;
}

/**
 * A name from the conversation's first question, by the app's model. Any failure (no model, a
 * failed call) keeps the old name, as in Dify; the engine's own fallback (the query's first
 * characters) is for naming new conversations, not for renaming existing ones.
 */
async function generatedName(deps: AppDeps, scope: EndUserScope, conversation: Conversation): Promise<string | undefined> {
  const first = await endUserConversationsStore(deps.db, scope.workspaceId).firstQuery(scope, conversation.id);
  if (first === undefined) throw errors.invalidParam('The conversation has no messages to name it after.');
  let failure: unknown;
  const models = {
    invokeLlm: (request: Parameters<AppDeps['models']['invokeLlm']>[0]) =>
      deps.models.invokeLlm(request).catch((error: unknown) => {
        failure = error;
        throw error;
      }),
  };
  try {
    const target = await generatorTarget(deps, scope.workspaceId, await currentAppConfig(deps.db, scope.workspaceId, scope.appId));
    const caller = { workspaceId: scope.workspaceId, type: 'app' as const, id: scope.appId, userId: scope.endUserId };
    const name = await generateConversationName({ models, target, caller }, first);
    if (failure === undefined) return name;
  } catch (error) {
    failure = error;
  }
  const reason = failure instanceof Error ? failure.message : String(failure);
  deps.logger.warn('conversation name not generated, the old one stays', { appId: scope.appId, error: reason });
  return undefined;
}

/** `POST …/conversations/{id}/name`: the name given, or one generated when `auto_generate` is set. */
export async function renameEndUserConversation(deps: AppDeps, scope: EndUserScope, conversationId: string, input: RenameConversationInput) {
  const conversation = await findOwnedConversation(deps.db, scope, conversationId);
  const name = input.autoGenerate ? await generatedName(deps, scope, conversation) : input.name ?? undefined;
  if (name === undefined) return presentSimpleConversation(conversation);
  const renamed = await endUserConversationsStore(deps.db, scope.workspaceId).rename(scope, conversation.id, name);
  return presentSimpleConversation(renamed ?? conversation);
}
