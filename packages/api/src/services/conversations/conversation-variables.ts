import { z } from 'zod';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { zTimestamp } from '../../validation';
import { type EndUserScope, findOwnedConversation } from './end-user-scope';

/** Dify's conversation variable, its `value` always a string. */
export const ZConversationVariable = z
  .object({
    id: z.string(),
    name: z.string(),
    value_type: z.string(),
    value: z.string(),
    description: z.string(),
    created_at: zTimestamp,
    updated_at: zTimestamp,
  })
  .meta({ id: 'ConversationVariable' });

export type TConversationVariable = z.infer<typeof ZConversationVariable>;

export interface ListVariablesInput {
  lastId?: string;
  limit: number;
}

/**
 * Conversation variables belong to advanced-chat workflows; chat and agent apps have none, so an
 * owned conversation answers an empty page and every `last_id` is unknown (400, as Dify answers an
 * unknown one). The shapes are kept for when workflows fill them.
 */
export async function listConversationVariables(deps: AppDeps, scope: EndUserScope, conversationId: string, input: ListVariablesInput) {
  await findOwnedConversation(deps.db, scope, conversationId);
  if (input.lastId) throw errors.invalidParam('Conversation Variable Not Exists.');
  const data: TConversationVariable[] = [];
  return { limit: input.limit, has_more: false, data };
}

/**
 * Setting a variable of one of the end user's conversations: without variables every id is
 * unknown, 404 "Conversation Variable Not Exists." once the conversation is known to be theirs.
 */
export async function updateConversationVariable(deps: AppDeps, scope: EndUserScope, conversationId: string): Promise<TConversationVariable> {
  await findOwnedConversation(deps.db, scope, conversationId);
  throw errors.notFound('not_found', 'Conversation Variable Not Exists.');
}
