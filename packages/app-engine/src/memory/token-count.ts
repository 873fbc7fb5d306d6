import { createRequire } from 'node:module';
import type { PromptMessage } from '@tessera/model-runtime';

type CountTokens = (text: string) => number;
let countTokens: CountTokens | undefined;

/**
 * The o200k encoding's tables hold about 50 MB once loaded, so they are loaded at the first count
 * rather than at start: a server that never fits a history into a context never pays for them.
 */
function tokenCounter(): CountTokens {
  countTokens ??= (createRequire(import.meta.url)('gpt-tokenizer/encoding/o200k_base') as { countTokens: CountTokens }).countTokens;
  return countTokens;
}

/** OpenAI's framing cost: a few tokens per message for the role markers, and three to prime the reply. */
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_NAME = 1;
const REPLY_PRIMING = 3;
/** A picture or document costs what a low-detail image costs at OpenAI; its real cost depends on the vendor. */
const TOKENS_PER_ATTACHMENT = 85;

export function countTextTokens(text: string): number {
  return text === '' ? 0 : tokenCounter()(text);
}

/**
 * Tokens a list of prompt messages takes, counted with a real BPE tokenizer (o200k, the encoding of current
 * OpenAI models). Other vendors tokenize differently; this is the same approximation Dify makes when a
 * provider has no counter of its own.
 */
export function countMessageTokens(messages: PromptMessage[]): number {
  let total = 0;
  for (const message of messages) {
    total += TOKENS_PER_MESSAGE + countTextTokens(message.role);
    if (message.name) total += TOKENS_PER_NAME + countTextTokens(message.name);
    if (typeof message.content === 'string') total += countTextTokens(message.content);
    else if (Array.isArray(message.content)) {
      for (const part of message.content) {
        total += part.type === 'text' ? countTextTokens(part.data) : TOKENS_PER_ATTACHMENT;
      }
    }
    for (const call of message.tool_calls ?? []) {
      total += countTextTokens(call.function.name) + countTextTokens(call.function.arguments);
    }
  }
  return messages.length > 0 ? total + REPLY_PRIMING : 0;
}
