import { type Citation } from '../webapp/types';
import { type StreamEvent } from './sse';

export interface AgentThoughtView {
  id: string;
  position: number;
  thought: string;
  tool: string;
  toolInput: string;
  observation: string;
}

/** One answer of the debug pane as its events build it. */
export interface DebugAnswer {
  text: string;
  messageId: string | null;
  conversationId: string | null;
  taskId: string | null;
  thoughts: AgentThoughtView[];
  status: 'streaming' | 'done' | 'stopped' | 'error';
  error: string | null;
  tokens: number | null;
  latency: number | null;
  annotationReply: boolean;
  /** The knowledge the answer drew on (`retriever_resources` of message_end). */
  citations: Citation[];
}

export const emptyAnswer = (): DebugAnswer => ({
  text: '',
  messageId: null,
  conversationId: null,
  taskId: null,
  thoughts: [],
  status: 'streaming',
  error: null,
  tokens: null,
  latency: null,
  annotationReply: false,
  citations: [],
});

const str = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value));

function withThought(thoughts: AgentThoughtView[], event: StreamEvent): AgentThoughtView[] {
  const next: AgentThoughtView = {
    id: str(event.id),
    position: typeof event.position === 'number' ? event.position : thoughts.length + 1,
    thought: str(event.thought),
    tool: str(event.tool),
    toolInput: str(event.tool_input),
    observation: str(event.observation),
  };
  const index = thoughts.findIndex((t) => t.id === next.id);
  if (index === -1) return [...thoughts, next];
  return thoughts.map((t, i) => (i === index ? next : t));
}

/** Folds one of Dify's generation events into the answer shown on screen. */
export function applyEvent(answer: DebugAnswer, event: StreamEvent): DebugAnswer {
  const ids = {
    messageId: typeof event.message_id === 'string' ? event.message_id : typeof event.id === 'string' && event.event === 'message' ? event.id : answer.messageId,
    conversationId: typeof event.conversation_id === 'string' ? event.conversation_id : answer.conversationId,
    taskId: typeof event.task_id === 'string' ? event.task_id : answer.taskId,
  };
  switch (event.event) {
    case 'message':
    case 'agent_message':
      return { ...answer, ...ids, text: answer.text + str(event.answer) };
    case 'message_replace':
      return { ...answer, ...ids, text: str(event.answer) };
    case 'agent_thought':
      return { ...answer, ...ids, thoughts: withThought(answer.thoughts, event) };
    case 'message_end': {
      const metadata = (event.metadata ?? {}) as {
        usage?: { total_tokens?: number; latency?: number };
        annotation_reply?: unknown;
        retriever_resources?: Citation[];
      };
      return {
        ...answer,
        ...ids,
        status: answer.status === 'stopped' ? 'stopped' : 'done',
        tokens: metadata.usage?.total_tokens ?? null,
        latency: metadata.usage?.latency ?? null,
        annotationReply: Boolean(metadata.annotation_reply),
        citations: Array.isArray(metadata.retriever_resources) ? metadata.retriever_resources : [],
      };
    }
    case 'error':
      return { ...answer, ...ids, status: 'error', error: str(event.message) || str(event.code) };
    default:
      return { ...answer, ...ids };
  }
}
