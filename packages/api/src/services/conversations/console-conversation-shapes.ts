import { z } from 'zod';
import { zPageOf } from '../../paging';
import { zTimestamp } from '../../validation';
import { ZConsoleMessage } from '../messages/message-shapes';

/** The console's log shapes (Dify's `conversation_fields.py`). */

const ZFeedbackStats = z.object({ like: z.number().int(), dislike: z.number().int() });
const ZSimpleAccount = z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable();
const ZSimpleModelConfig = z.object({ model: z.record(z.string(), z.unknown()).nullable(), pre_prompt: z.string().nullable() });

/** The configuration a conversation ran with, as the detail views show it. */
export const ZLogModelConfig = z.object({
  opening_statement: z.string().nullable(),
  suggested_questions: z.array(z.unknown()).nullable(),
  model: z.record(z.string(), z.unknown()).nullable(),
  user_input_form: z.array(z.unknown()).nullable(),
  pre_prompt: z.string().nullable(),
  agent_mode: z.record(z.string(), z.unknown()).nullable(),
});

const logFields = {
  id: z.string(),
  status: z.string(),
  from_source: z.string(),
  from_end_user_id: z.string().nullable(),
  from_end_user_session_id: z.string().nullable(),
  from_account_id: z.string().nullable(),
  from_account_name: z.string().nullable(),
  read_at: zTimestamp.nullable(),
  created_at: zTimestamp,
  updated_at: zTimestamp,
  model_config: ZSimpleModelConfig,
  user_feedback_stats: ZFeedbackStats,
  admin_feedback_stats: ZFeedbackStats,
};

/** `GET /apps/{app_id}/chat-conversations` items. */
export const ZChatConversationLog = z
  .object({
    ...logFields,
    name: z.string(),
    summary: z.string(),
    annotated: z.boolean(),
    message_count: z.number().int(),
    status_count: z.object({ success: z.number().int(), failed: z.number().int(), partial_success: z.number().int() }).nullable(),
  })
  .meta({ id: 'ChatConversationLog' });

/** `GET /apps/{app_id}/completion-conversations` items. */
export const ZCompletionConversationLog = z
  .object({
    ...logFields,
    annotation: z.object({ id: z.string(), question: z.string(), content: z.string(), account: ZSimpleAccount, created_at: zTimestamp }).nullable(),
    message: z
      .object({ inputs: z.record(z.string(), z.unknown()), query: z.string(), message: z.string(), answer: z.string() })
      .nullable(),
  })
  .meta({ id: 'CompletionConversationLog' });

const detailFields = {
  id: z.string(),
  status: z.string(),
  from_source: z.string(),
  from_end_user_id: z.string().nullable(),
  from_account_id: z.string().nullable(),
  created_at: zTimestamp,
  model_config: ZLogModelConfig,
  /** Which saved configuration version the conversation ran with (Tessera's addition). */
  model_config_version: z.number().int().nullable(),
  annotated: z.boolean(),
  message_count: z.number().int(),
  user_feedback_stats: ZFeedbackStats,
  admin_feedback_stats: ZFeedbackStats,
};

/** `GET /apps/{app_id}/chat-conversations/{conversation_id}`. */
export const ZChatConversationDetail = z
  .object({
    ...detailFields,
    updated_at: zTimestamp,
    introduction: z.string(),
  })
  .meta({ id: 'ChatConversationDetail' });

/**
 * `GET /apps/{app_id}/completion-conversations/{conversation_id}`: the conversation and its one message
 * (with the counts the chat detail has too, which Dify leaves out here).
 */
export const ZCompletionConversationDetail = z
  .object({ ...detailFields, message: ZConsoleMessage.nullable() })
  .meta({ id: 'CompletionConversationDetail' });

export const ZChatConversationPage = zPageOf(ZChatConversationLog);
export const ZCompletionConversationPage = zPageOf(ZCompletionConversationLog);

export type TChatConversationLog = z.infer<typeof ZChatConversationLog>;
export type TCompletionConversationLog = z.infer<typeof ZCompletionConversationLog>;
export type TLogModelConfig = z.infer<typeof ZLogModelConfig>;
