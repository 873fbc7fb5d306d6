import type { FinishReason, LanguageModelUsage } from 'ai';
import type { PromptToolCall } from '../types';
import type { Tokens } from './usage';

const FINISH_REASONS: Record<FinishReason, string> = {
  stop: 'stop',
  length: 'length',
  'content-filter': 'content_filter',
  'tool-calls': 'tool_calls',
  error: 'error',
  other: 'other',
};

/** Dify's finish reasons are OpenAI's: `tool_calls`, `content_filter` … */
export function difyFinishReason(reason: FinishReason | undefined): string | null {
  return reason === undefined ? null : (FINISH_REASONS[reason] ?? reason);
}

export function toPromptToolCall(call: { toolCallId: string; toolName: string; input: unknown }): PromptToolCall {
  return {
    id: call.toolCallId,
    type: 'function',
    function: {
      name: call.toolName,
      arguments: typeof call.input === 'string' ? call.input : JSON.stringify(call.input ?? {}),
    },
  };
}

export function tokensOf(usage: LanguageModelUsage | undefined): Tokens {
  return { prompt: usage?.inputTokens ?? 0, completion: usage?.outputTokens ?? 0 };
}
