import { type Message } from '@tessera/db';
import { toUnixRequired } from '../../validation';
import { type MessageRelations } from './message-relations';
import { type TRetrieverResource, type TSavedMessage, type TServiceMessage, type TWebMessage } from './message-shapes';

/**
 * One place that turns message rows into each surface's shape. End users see their own feedback,
 * the console sees every feedback (present-console-message.ts).
 */

type Raw = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const int = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);

function storedResources(metadata: Raw): Raw[] {
  const resources = metadata.retriever_resources;
  return Array.isArray(resources) ? resources.filter((item): item is Raw => typeof item === 'object' && item !== null) : [];
}

/** Retriever resources of a message's metadata, every Dify field present (null when not recorded). */
export function presentRetrieverResources(message: Message): TRetrieverResource[] {
  return storedResources(message.messageMetadata).map((resource) => ({
    id: str(resource.id),
    message_id: str(resource.message_id) ?? message.id,
    position: int(resource.position),
    dataset_id: str(resource.dataset_id),
    dataset_name: str(resource.dataset_name),
    document_id: str(resource.document_id),
    document_name: str(resource.document_name),
    data_source_type: str(resource.data_source_type),
    segment_id: str(resource.segment_id),
    score: num(resource.score),
    hit_count: int(resource.hit_count),
    word_count: int(resource.word_count),
    segment_position: int(resource.segment_position),
    index_node_hash: str(resource.index_node_hash),
    content: str(resource.content),
    summary: str(resource.summary),
    created_at: int(resource.created_at),
  }));
}

/** The end user's own rating (`from_source: user`), or null. */
function ownFeedback(message: Message, relations: MessageRelations): { rating: 'like' | 'dislike' } | null {
  const feedback = relations.feedbacks.get(message.id)?.find((row) => row.fromSource === 'user');
  return feedback ? { rating: feedback.rating } : null;
}

/** `GET /v1/messages` item. */
export function presentServiceMessage(message: Message, relations: MessageRelations): TServiceMessage {
  return {
    id: message.id,
    conversation_id: message.conversationId,
    parent_message_id: message.parentMessageId,
    inputs: message.inputs,
    query: message.query,
    answer: relations.answers.get(message.id) ?? message.answer,
    feedback: ownFeedback(message, relations),
    retriever_resources: presentRetrieverResources(message),
    created_at: toUnixRequired(message.createdAt),
    agent_thoughts: relations.thoughts.get(message.id) ?? [],
    message_files: relations.files.get(message.id) ?? [],
    status: message.status,
    error: message.error,
  };
}

/**
 * The web app's metadata is the "simple" one: no usage (what a call cost is the operator's business),
 * no annotation reply (who answered), and retriever resources trimmed to what the page shows.
 */
function simpleMetadata(message: Message): TWebMessage['metadata'] {
  const { usage: _usage, annotation_reply: _annotationReply, retriever_resources: _resources, ...rest } = message.messageMetadata;
  const metadata: TWebMessage['metadata'] = { ...rest };
  if (Array.isArray(message.messageMetadata.retriever_resources)) {
    metadata.retriever_resources = storedResources(message.messageMetadata).map((resource) => ({
      segment_id: str(resource.segment_id),
      position: int(resource.position),
      document_name: str(resource.document_name),
      score: num(resource.score),
      content: str(resource.content),
      summary: str(resource.summary),
    }));
  }
  return metadata;
}

/** `GET /api/messages` item. */
export function presentWebMessage(message: Message, relations: MessageRelations): TWebMessage {
  return { ...presentServiceMessage(message, relations), metadata: simpleMetadata(message) };
}

/** `GET /api/saved-messages` item. */
export function presentSavedMessage(message: Message, relations: MessageRelations): TSavedMessage {
  return {
    id: message.id,
    inputs: message.inputs,
    query: message.query,
    answer: relations.answers.get(message.id) ?? message.answer,
    message_files: relations.files.get(message.id) ?? [],
    feedback: ownFeedback(message, relations),
    created_at: toUnixRequired(message.createdAt),
  };
}
