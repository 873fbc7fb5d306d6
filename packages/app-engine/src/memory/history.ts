import type { PromptContentPart, PromptMessage } from '@tessera/model-runtime';
import { countMessageTokens } from './token-count';

/** One tool call an earlier agent turn made, as its agent thought recorded it. */
export interface HistoryToolCall {
  /** ";"-joined when one step called several tools, as Dify stores it. */
  tool: string;
  /** JSON text: `{tool_name: arguments}` for each tool of the step. */
  toolInput: string;
  /** JSON text `{tool_name: observation}`, or plain text for a single tool. */
  observation: string;
  thought?: string;
}

/** One earlier exchange of the conversation, oldest first. */
export interface HistoryTurn {
  query: string;
  answer: string;
  /** Files the user attached to that query, already in prompt form. */
  files?: PromptContentPart[];
  /** Agent apps: the tool steps taken before the answer. */
  toolCalls?: HistoryToolCall[];
}

/** Dify never reads more than this many earlier messages, whatever the window says. */
export const HISTORY_MESSAGE_CAP = 500;

export interface HistoryWindow {
  /** Tokens the history may take. */
  maxTokens: number;
  /** Only the last N turns are considered (Dify's memory window); unset or ≤ 0 means up to 500. */
  messageLimit?: number | null;
}

/**
 * Dify's TokenBufferMemory: turns without an answer are skipped, the last `messageLimit` turns are kept, and
 * while the messages take more than `maxTokens` the oldest message is dropped (one at a time, so a lone
 * answer may open the history, as in Dify), down to a single message.
 */
/**
 * Whether `fitHistory` could keep anything. Without an answered turn there is nothing to fit, and
 * the prompt need not be counted (a tokenizer pass) to learn how much room is left.
 */
export function hasAnsweredTurns(turns: HistoryTurn[] | undefined): turns is HistoryTurn[] {
  return turns?.some((turn) => turn.answer !== '') ?? false;
}

export function fitHistory(turns: HistoryTurn[], window: HistoryWindow): PromptMessage[] {
  const limit = window.messageLimit && window.messageLimit > 0 ? Math.min(window.messageLimit, HISTORY_MESSAGE_CAP) : HISTORY_MESSAGE_CAP;
  const answered = turns.filter((turn) => turn.answer !== '').slice(-limit);
  const messages: PromptMessage[] = answered.flatMap((turn) => [
    { role: 'user' as const, content: turn.files?.length ? [{ type: 'text' as const, data: turn.query }, ...turn.files] : turn.query },
    { role: 'assistant' as const, content: turn.answer },
  ]);
  while (messages.length > 1 && countMessageTokens(messages) > window.maxTokens) messages.shift();
  return messages;
}

/** The history as one text with role prefixes, for completion models (Dify's get_history_prompt_text). */
export function historyText(messages: PromptMessage[], humanPrefix = 'Human', aiPrefix = 'Assistant'): string {
  const lines: string[] = [];
  for (const message of messages) {
    const prefix = message.role === 'user' ? humanPrefix : message.role === 'assistant' ? aiPrefix : undefined;
    if (prefix === undefined) continue;
    if (Array.isArray(message.content)) {
      const inner = message.content
        .map((part) => (part.type === 'text' ? `${part.data}\n` : part.type === 'image' ? '[image]\n' : ''))
        .join('');
      lines.push(`${prefix}: ${inner.trim()}`);
    } else {
      lines.push(`${prefix}: ${message.content ?? ''}`);
    }
  }
  return lines.join('\n');
}
