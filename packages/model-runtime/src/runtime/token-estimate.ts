import type { PromptMessage } from '../types';

/**
 * A rough token count (about four characters a token, as OpenAI's guidance has it) for the rare case a provider
 * never reported usage, such as a stream the caller stopped.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export function promptText(messages: PromptMessage[]): string {
  return messages
    .map((message) => {
      if (message.content === null) return '';
      if (typeof message.content === 'string') return message.content;
      return message.content.map((part) => (part.type === 'text' ? part.data : '')).join('');
    })
    .join('\n');
}
