import { and, eq } from 'drizzle-orm';
import { fallbackConversationName, generateConversationName } from '@tessera/app-engine';
import { conversations } from '@tessera/db';
import { type ModelTarget, type UsageCaller } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { resolveDefaultModelTarget } from '../model-providers/model-resolver';
import { provisionalName } from './conversation';
import { type GenerationApp } from './types';

/**
 * Names a new conversation after its first answer (never before the first token, so naming costs
 * the user no time): the workspace's default LLM, else the app's own, with Dify's title prompt.
 * A user who renamed it meanwhile keeps their name.
 */
export async function nameConversation(
  deps: AppDeps,
  input: { app: GenerationApp; conversationId: string; query: string; caller: UsageCaller; fallbackTarget: ModelTarget },
): Promise<void> {
  let name: string;
  try {
    const target = await resolveDefaultModelTarget(deps, input.app.workspaceId, 'llm').catch(() => input.fallbackTarget);
    name = await generateConversationName({ models: deps.models, target, caller: input.caller }, input.query);
  } catch {
    name = fallbackConversationName(input.query);
  }
  try {
    await deps.db
      .update(conversations)
      .set({ name })
      .where(
        and(
          eq(conversations.id, input.conversationId),
          eq(conversations.appId, input.app.appId),
          eq(conversations.name, provisionalName(input.query)),
        ),
      );
  } catch (error) {
    deps.logger.warn('conversation not named', { error: error instanceof Error ? error.message : String(error) });
  }
}
