import { type Message, type MessageFeedback } from '@tessera/db';
import { conversationMessagesStore } from '../../data/conversation-messages';
import { feedbackStore } from '../../data/feedback';
import { type AppDeps } from '../../deps';
import { toUnixRequired } from '../../validation';
import { resignAnswerLinks } from './answer-file-links';
import { loadMessageFiles } from './message-files';
import { type TAgentThought, type TMessageFile } from './message-shapes';

/** What every surface shows alongside a page of messages, loaded in one query each. */
export interface MessageRelations {
  files: Map<string, TMessageFile[]>;
  thoughts: Map<string, TAgentThought[]>;
  feedbacks: Map<string, MessageFeedback[]>;
  /** Answers with their file links signed again. */
  answers: Map<string, string>;
}

function group<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row)) ?? [];
    list.push(row);
    map.set(key(row), list);
  }
  return map;
}

/** Dify keeps tool labels as JSON text; Tessera as an object. Either way, an object. */
function labelsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

async function loadThoughts(deps: AppDeps, workspaceId: string, messageIds: string[]): Promise<Map<string, TAgentThought[]>> {
  const rows = await conversationMessagesStore(deps.db, workspaceId).agentThoughts(messageIds);
  const presented = rows.map((thought) => ({
    id: thought.id,
    chain_id: null,
    message_id: thought.messageId,
    position: thought.position,
    thought: thought.thought,
    tool: thought.tool,
    tool_labels: labelsOf(thought.toolLabels),
    tool_input: thought.toolInput,
    created_at: toUnixRequired(thought.createdAt),
    observation: thought.observation,
    files: thought.messageFiles,
  }));
  return group(presented, (thought) => thought.message_id);
}

/** Files, agent thoughts, feedback (both sources) and re-signed answers of messages of one workspace. */
export async function loadMessageRelations(deps: AppDeps, workspaceId: string, rows: Message[]): Promise<MessageRelations> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return { files: new Map(), thoughts: new Map(), feedbacks: new Map(), answers: new Map() };
  const [files, thoughts, feedbackRows, answers] = await Promise.all([
    loadMessageFiles(deps, workspaceId, ids),
    loadThoughts(deps, workspaceId, ids),
    feedbackStore(deps.db, workspaceId).forMessages(ids),
    resignAnswerLinks(
      deps,
      workspaceId,
      rows.map((row) => row.answer),
    ),
  ]);
  return {
    files,
    thoughts,
    feedbacks: group(feedbackRows, (feedback) => feedback.messageId),
    answers: new Map(rows.map((row, index) => [row.id, answers[index]!])),
  };
}
