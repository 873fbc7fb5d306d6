import { type AgentThought } from '@tessera/app-engine';
import { type InvokeFrom } from '@tessera/db';
import { type LlmUsage } from '@tessera/model-runtime';
import { findAppError } from '../../errors';
import { toUnixRequired } from '../../validation';

export interface EventContext {
  taskId: string;
  messageId: string;
  conversationId: string;
  createdAt: Date;
  /** Completion events carry no conversation id. */
  isCompletion: boolean;
  invokeFrom: InvokeFrom;
}

export interface AnswerMetadata {
  usage: LlmUsage;
  retrieverResources: Record<string, unknown>[];
  annotationReply: { id: string; account: { id: string | null; name: string } } | null;
}

type Event = Record<string, unknown>;

/**
 * Dify's stream events for one message, field by field (contract §4.5): every chunk carries the
 * envelope (`conversation_id` for chat apps, `message_id`, `created_at`, `task_id`); error events
 * lack `task_id`. Web-app streams use Dify's "simple" converter: no usage or annotation in
 * `message_end`, and trimmed retriever resources.
 */
export function streamEvents(context: EventContext) {
  const envelope = (event: string, withTask = true): Event => ({
    event,
    ...(context.isCompletion ? {} : { conversation_id: context.conversationId }),
    message_id: context.messageId,
    created_at: toUnixRequired(context.createdAt),
    ...(withTask ? { task_id: context.taskId } : {}),
  });
  const simple = context.invokeFrom === 'web-app';
  return {
    message: (delta: string): Event => ({ ...envelope('message'), id: context.messageId, answer: delta, from_variable_selector: null }),
    agentMessage: (delta: string): Event => ({ ...envelope('agent_message'), id: context.messageId, answer: delta }),
    agentThought: (thought: AgentThought): Event => ({
      ...envelope('agent_thought'),
      id: thought.id,
      position: thought.position,
      thought: thought.thought,
      observation: thought.observation,
      tool: thought.tool,
      tool_labels: thought.tool_labels,
      tool_input: thought.tool_input,
      message_files: thought.message_files,
    }),
    messageReplace: (answer: string, reason: string): Event => ({ ...envelope('message_replace'), answer, reason }),
    messageEnd: (metadata: AnswerMetadata): Event => ({
      ...envelope('message_end'),
      id: context.messageId,
      metadata: simple
        ? { retriever_resources: metadata.retrieverResources.map(trimResource) }
        : { annotation_reply: metadata.annotationReply, retriever_resources: metadata.retrieverResources, usage: metadata.usage },
      files: null,
    }),
    ttsMessage: (audio: string): Event => ({ ...envelope('tts_message'), audio }),
    ttsMessageEnd: (): Event => ({ ...envelope('tts_message_end'), audio: '' }),
    error: (error: unknown): Event => ({ ...envelope('error', false), ...streamError(error) }),
  };
}

/** The web app shows only these fields of a citation. */
export function trimResource(resource: Record<string, unknown>): Record<string, unknown> {
  const { segment_id, position, document_name, score, content, summary } = resource;
  return { segment_id, position, document_name, score, content, summary };
}

/** Dify's in-stream error mapping: the app's own codes pass through, anything else is a 500. */
export function streamError(error: unknown): { code: string; status: number; message: string } {
  const appError = findAppError(error);
  if (appError) return { code: appError.appCode, status: appError.status, message: appError.message };
  return { code: 'internal_server_error', status: 500, message: 'Internal Server Error, please contact support.' };
}

/** Blocking answers carry prices as numbers (SSE carries Dify's decimal strings). */
export function numericUsage(usage: LlmUsage): Record<string, unknown> {
  const out: Record<string, unknown> = { ...usage };
  for (const key of ['prompt_unit_price', 'prompt_price_unit', 'prompt_price', 'completion_unit_price', 'completion_price_unit', 'completion_price', 'total_price']) {
    out[key] = Number(usage[key as keyof LlmUsage]);
  }
  return out;
}
