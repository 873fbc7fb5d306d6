import { type AgentThought, type Citation, type MessageFile } from './types';

export type AnswerStatus = 'streaming' | 'done' | 'stopped' | 'error';

/** One answer as it streams in, rebuilt from Dify's events (or from a saved message). */
export interface AnswerState {
  taskId?: string;
  messageId?: string;
  conversationId?: string;
  answer: string;
  thoughts: AgentThought[];
  files: MessageFile[];
  citations: Citation[];
  status: AnswerStatus;
  error?: string;
  /** The last SSE id seen: a resume asks for what came after it. */
  lastEventId: number;
}

export const emptyAnswer = (): AnswerState => ({ answer: '', thoughts: [], files: [], citations: [], status: 'streaming', lastEventId: 0 });

const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** Applies one streamed event; unknown events (pings, TTS audio, workflow steps) change nothing but the id. */
export function applyEvent(state: AnswerState, data: Record<string, unknown>, id?: number): AnswerState {
  const next: AnswerState = {
    ...state,
    lastEventId: id ?? state.lastEventId,
    taskId: str(data.task_id) ?? state.taskId,
    messageId: str(data.message_id) ?? (data.event === 'message' ? str(data.id) : undefined) ?? state.messageId,
    conversationId: str(data.conversation_id) ?? state.conversationId,
  };
  switch (data.event) {
    case 'message':
    case 'agent_message':
      return { ...next, answer: next.answer + (typeof data.answer === 'string' ? data.answer : '') };
    case 'message_replace':
      return { ...next, answer: typeof data.answer === 'string' ? data.answer : next.answer };
    case 'agent_thought': {
      const thought = data as unknown as AgentThought;
      const others = next.thoughts.filter((existing) => existing.id !== thought.id);
      return { ...next, thoughts: [...others, thought].sort((a, b) => a.position - b.position) };
    }
    case 'message_file':
      return { ...next, files: [...next.files, data as unknown as MessageFile] };
    case 'message_end': {
      const metadata = (data.metadata ?? {}) as { retriever_resources?: Citation[] };
      return { ...next, citations: metadata.retriever_resources ?? [], status: next.status === 'stopped' ? 'stopped' : 'done' };
    }
    case 'error':
      return { ...next, status: 'error', error: str(data.message) ?? 'error' };
    default:
      return next;
  }
}
