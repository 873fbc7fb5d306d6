import { z } from 'zod';
import { zBool } from '../../validation';

/** Dify's FileInput entries are checked when they are used; here they only need to be objects. */
const ZFileInputs = z.array(z.record(z.string(), z.unknown())).nullish().describe('Dify FileInput entries: {type, transfer_method, url | upload_file_id}');
const ZResponseMode = z
  .enum(['streaming', 'blocking'])
  .nullish()
  .describe('`streaming` answers with server-sent events; omitted or `blocking` answers one JSON object');

const common = {
  inputs: z.record(z.string(), z.unknown()).describe("Values for the app's input form; `{}` when it has none"),
  response_mode: ZResponseMode,
  files: ZFileInputs,
  retriever_from: z.string().optional(),
  trace_id: z.string().optional(),
};

/** `POST …/chat-messages` (contract §4.1). */
export const ZChatMessageBody = z
  .object({
    query: z.string().describe('The user message'),
    conversation_id: z.string().nullish().describe('Continue this conversation; blank starts a new one'),
    auto_generate_name: zBool.optional().describe('Name a new conversation from its first message (default true)'),
    parent_message_id: z.string().nullish(),
    workflow_id: z.string().optional(),
    ...common,
  })
  .meta({ id: 'ChatMessageRequest' });

/** `POST …/completion-messages` (contract §5). */
export const ZCompletionMessageBody = z
  .object({
    query: z.string().optional().describe('Usually empty: a completion app reads its text from `inputs`'),
    ...common,
  })
  .meta({ id: 'CompletionMessageRequest' });

/** The Service API names its end user in the body. */
export const ZServiceUser = { user: z.string().optional().describe('Your identifier for the end user') };

export const ZServiceChatMessageBody = ZChatMessageBody.extend(ZServiceUser).meta({ id: 'ServiceChatMessageRequest' });
export const ZServiceCompletionMessageBody = ZCompletionMessageBody.extend(ZServiceUser).meta({ id: 'ServiceCompletionMessageRequest' });

/** The console's debugger runs the configuration it sends, saved or not. */
const ZDebugConfig = { model_config: z.record(z.string(), z.unknown()).optional().describe("The app's model_config to run (unsaved edits)") };
export const ZDebugChatMessageBody = ZChatMessageBody.extend(ZDebugConfig).meta({ id: 'DebugChatMessageRequest' });
export const ZDebugCompletionMessageBody = ZCompletionMessageBody.extend(ZDebugConfig).meta({ id: 'DebugCompletionMessageRequest' });

export type TChatMessageBody = z.output<typeof ZChatMessageBody>;
export type TCompletionMessageBody = z.output<typeof ZCompletionMessageBody>;

/** A task id path parameter. */
export const ZTaskParams = z.object({ task_id: z.string().describe('The `task_id` of any event or blocking answer') });

export const ZMessageParams = z.object({ message_id: z.string().describe('A message id') });

/** More-like-this is a GET: the mode comes in the query, and Dify requires it. */
export const ZMoreLikeThisQuery = z.object({ response_mode: z.enum(['blocking', 'streaming']) });
