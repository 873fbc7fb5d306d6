import { z } from 'zod';
import { zTimestamp } from '../../validation';

/**
 * The message shapes of the three surfaces, as Dify answers them: the Service API's, the web app's
 * (the same plus a metadata without usage), the console's detail, and the web app's saved message.
 */

const zRecord = z.record(z.string(), z.unknown());

export const ZMessageFile = z
  .object({
    id: z.string(),
    filename: z.string().nullable(),
    type: z.string(),
    url: z.string().nullable(),
    mime_type: z.string().nullable(),
    size: z.number().int().nullable(),
    transfer_method: z.string(),
    belongs_to: z.string(),
    upload_file_id: z.string().nullable(),
  })
  .meta({ id: 'MessageFile' });

export const ZAgentThought = z
  .object({
    id: z.string(),
    chain_id: z.string().nullable(),
    message_id: z.string(),
    position: z.number().int(),
    thought: z.string().nullable(),
    tool: z.string().nullable(),
    tool_labels: zRecord,
    tool_input: z.string().nullable(),
    created_at: zTimestamp,
    observation: z.string().nullable(),
    files: z.array(z.string()),
  })
  .meta({ id: 'AgentThought' });

export const ZRetrieverResource = z
  .object({
    id: z.string().nullable(),
    message_id: z.string().nullable(),
    position: z.number().int().nullable(),
    dataset_id: z.string().nullable(),
    dataset_name: z.string().nullable(),
    document_id: z.string().nullable(),
    document_name: z.string().nullable(),
    data_source_type: z.string().nullable(),
    segment_id: z.string().nullable(),
    score: z.number().nullable(),
    hit_count: z.number().int().nullable(),
    word_count: z.number().int().nullable(),
    segment_position: z.number().int().nullable(),
    index_node_hash: z.string().nullable(),
    content: z.string().nullable(),
    summary: z.string().nullable(),
    created_at: zTimestamp.nullable(),
  })
  .meta({ id: 'RetrieverResource' });

const ZRating = z.enum(['like', 'dislike']);
export const ZOwnFeedback = z.object({ rating: ZRating }).nullable();

const endUserMessageFields = {
  id: z.string(),
  conversation_id: z.string(),
  parent_message_id: z.string().nullable(),
  inputs: zRecord,
  query: z.string(),
  answer: z.string(),
  feedback: ZOwnFeedback,
  retriever_resources: z.array(ZRetrieverResource),
  created_at: zTimestamp,
  agent_thoughts: z.array(ZAgentThought),
  message_files: z.array(ZMessageFile),
  status: z.string(),
  error: z.string().nullable(),
};

/** `GET /v1/messages` items. */
export const ZServiceMessage = z.object(endUserMessageFields).meta({ id: 'Message' });

/** The web app's metadata: retriever resources trimmed, no usage or annotation reply. */
export const ZWebMessageMetadata = z
  .object({
    retriever_resources: z
      .array(
        z.object({
          segment_id: z.string().nullable(),
          position: z.number().int().nullable(),
          document_name: z.string().nullable(),
          score: z.number().nullable(),
          content: z.string().nullable(),
          summary: z.string().nullable(),
        }),
      )
      .optional(),
  })
  .catchall(z.unknown());

/** `GET /api/messages` items. */
export const ZWebMessage = z.object({ ...endUserMessageFields, metadata: ZWebMessageMetadata }).meta({ id: 'WebMessage' });

const ZSimpleAccount = z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable();

export const ZConsoleFeedback = z.object({
  rating: ZRating,
  content: z.string().nullable(),
  from_source: z.enum(['user', 'admin']),
  from_end_user_id: z.string().nullable(),
  from_account: ZSimpleAccount,
});

export const ZMessageAnnotation = z
  .object({ id: z.string(), question: z.string(), content: z.string(), account: ZSimpleAccount, created_at: zTimestamp })
  .nullable();

/** The console's message detail (Dify's `message_detail_fields`), plus what it cost and which configuration answered. */
export const ZConsoleMessage = z
  .object({
    id: z.string(),
    conversation_id: z.string(),
    inputs: zRecord,
    query: z.string(),
    message: z.unknown(),
    message_tokens: z.number().int(),
    answer: z.string(),
    answer_tokens: z.number().int(),
    provider_response_latency: z.number(),
    from_source: z.string(),
    from_end_user_id: z.string().nullable(),
    from_account_id: z.string().nullable(),
    feedbacks: z.array(ZConsoleFeedback),
    workflow_run_id: z.string().nullable(),
    annotation: ZMessageAnnotation,
    annotation_hit_history: z
      .object({ annotation_id: z.string(), annotation_create_account: ZSimpleAccount, created_at: zTimestamp })
      .nullable(),
    created_at: zTimestamp,
    agent_thoughts: z.array(ZAgentThought),
    message_files: z.array(ZMessageFile),
    metadata: zRecord,
    status: z.string(),
    error: z.string().nullable(),
    parent_message_id: z.string().nullable(),
    total_price: z.string(),
    currency: z.string(),
    app_model_config_id: z.string().nullable(),
    model_config_version: z.number().int().nullable(),
  })
  .meta({ id: 'ConsoleMessageDetail' });

/** `GET /api/saved-messages` items. */
export const ZSavedMessage = z
  .object({
    id: z.string(),
    inputs: zRecord,
    query: z.string(),
    answer: z.string(),
    message_files: z.array(ZMessageFile),
    feedback: ZOwnFeedback,
    created_at: zTimestamp,
  })
  .meta({ id: 'SavedMessage' });

export type TMessageFile = z.infer<typeof ZMessageFile>;
export type TAgentThought = z.infer<typeof ZAgentThought>;
export type TRetrieverResource = z.infer<typeof ZRetrieverResource>;
export type TServiceMessage = z.infer<typeof ZServiceMessage>;
export type TWebMessage = z.infer<typeof ZWebMessage>;
export type TConsoleMessage = z.infer<typeof ZConsoleMessage>;
export type TConsoleFeedback = z.infer<typeof ZConsoleFeedback>;
export type TSavedMessage = z.infer<typeof ZSavedMessage>;
