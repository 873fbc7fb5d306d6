import type { FinishReason, LanguageModelUsage, TextStreamPart, ToolSet } from 'ai';
import type { PromptToolCall } from '../types';
import { difyFinishReason, toPromptToolCall } from './llm-result';
import { THINK_CLOSE, THINK_OPEN } from './reasoning';

export interface StreamProgress {
  content: string;
  toolCalls: PromptToolCall[];
  /** Chunks emitted so far; also the index of the next one. */
  deltas: number;
  firstOutputAt?: number;
}

export interface StreamFinish {
  reason: FinishReason;
  difyReason: string | null;
  usage: LanguageModelUsage;
}

/** The stream ended without a finish part: the request was aborted. */
class StreamInterruptedError extends Error {
  constructor() {
    super('The stream ended before the model finished');
    this.name = 'StreamInterruptedError';
  }
}

/**
 * Walks the SDK's full stream, emitting text (reasoning wrapped in <think> tags, as Dify shows it) and complete
 * tool calls in order, and returns how the model finished. Error parts are thrown.
 */
export async function consumeLlmStream(
  parts: AsyncIterable<TextStreamPart<ToolSet>>,
  progress: StreamProgress,
  emit: (content: string, toolCalls: PromptToolCall[]) => void,
): Promise<StreamFinish> {
  let thinking = false;
  const text = (value: string) => {
    if (value === '') return;
    progress.content += value;
    emit(value, []);
    progress.deltas += 1;
  };
  const endThinking = () => {
    if (thinking) text(THINK_CLOSE);
    thinking = false;
  };
  for await (const part of parts) {
    switch (part.type) {
      case 'reasoning-delta':
        if (!thinking) text(THINK_OPEN);
        thinking = true;
        text(part.text);
        break;
      case 'text-delta':
        endThinking();
        text(part.text);
        break;
      case 'tool-call': {
        endThinking();
        const call = toPromptToolCall(part);
        progress.toolCalls.push(call);
        emit('', [call]);
        progress.deltas += 1;
        break;
      }
      case 'error':
        throw part.error;
      case 'finish':
        endThinking();
        return { reason: part.finishReason, difyReason: difyFinishReason(part.finishReason), usage: part.totalUsage };
      default:
        break;
    }
  }
  throw new StreamInterruptedError();
}
