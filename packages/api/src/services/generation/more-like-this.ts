import { and, eq } from 'drizzle-orm';
import { messages } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { startGeneration } from './start-generation';
import { type GenerationApp, type GenerationOwner, type ResponseMode, type StartedGeneration } from './types';

/**
 * "More like this" for one of the caller's completion messages: the same inputs and query answered
 * again, in the same conversation, as a new message (the app must have the feature on).
 */
export async function startMoreLikeThis(
  deps: AppDeps,
  input: { app: GenerationApp; owner: GenerationOwner; invokeFrom: 'web-app' | 'debugger'; messageId: string; responseMode: ResponseMode },
): Promise<StartedGeneration> {
  const byOwner = input.owner.kind === 'end_user' ? eq(messages.fromEndUserId, input.owner.endUserId) : eq(messages.fromAccountId, input.owner.accountId);
  const [source] = await deps.db
    .select({ conversationId: messages.conversationId, inputs: messages.inputs, query: messages.query })
    .from(messages)
    .where(
      and(
        eq(messages.id, input.messageId),
        eq(messages.appId, input.app.appId),
        eq(messages.workspaceId, input.app.workspaceId),
        eq(messages.invokeFrom, input.invokeFrom),
        byOwner,
      ),
    );
  if (!source) throw errors.notFound('not_found', 'Message Not Exists.');
  return startGeneration(deps, {
    app: input.app,
    invokeFrom: input.invokeFrom,
    owner: input.owner,
    query: source.query,
    inputs: source.inputs,
    files: [],
    conversationId: source.conversationId,
    responseMode: input.responseMode,
    autoGenerateName: false,
    moreLikeThis: true,
  });
}
