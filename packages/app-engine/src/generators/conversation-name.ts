import type { ModelRuntime, ModelTarget, UsageCaller } from '@tessera/model-runtime';
import { isRecord } from '../json';
import { parseLooseJson } from './loose-json';

/** Dify's CONVERSATION_TITLE_PROMPT, word for word; the user's input follows it. */
export const CONVERSATION_TITLE_PROMPT = `You are asked to generate a concise chat title by decomposing the user’s input into two parts: “Intention” and “Subject”.

1. Detect Input Language
Automatically identify the language of the user’s input (e.g. English, Chinese, Italian, Español, Arabic, Japanese, French, and etc.).

2. Generate Title
- Combine Intention + Subject into a single, as-short-as-possible phrase.
- The title must be natural, friendly, and in the same language as the input.
- If the input is a direct question to the model, you may add an emoji at the end.

3. Output Format
Return **only** a valid JSON object with these exact keys and no additional text:
{
"Language Type": "<Detected language>",
"Your Reasoning": "<Brief explanation in that language>",
"Your Output": "<Intention + Subject>"
}

User Input:
`;

export interface GeneratorDeps {
  models: Pick<ModelRuntime, 'invokeLlm'>;
  /** The model generators use (Dify: the workspace's default LLM). */
  target: ModelTarget;
  caller: UsageCaller;
  signal?: AbortSignal;
}

const MAX_NAME = 75;
/** Dify's fallback when naming fails: the query's first 47 characters and "...". */
export function fallbackConversationName(query: string): string {
  const chars = [...query];
  return chars.length > 47 ? `${chars.slice(0, 47).join('')}...` : query;
}

/**
 * A conversation title from the first query (Dify's generate_conversation_name). A reply that is not the JSON
 * asked for names the conversation after the query; a failed model call does too.
 */
export async function generateConversationName(deps: GeneratorDeps, query: string): Promise<string> {
  let text = query.length > 2000 ? `${query.slice(0, 300)}...[TRUNCATED]...${query.slice(-300)}` : query;
  text = text.replaceAll('\n', ' ');
  let answer: string;
  try {
    const result = await deps.models.invokeLlm({
      target: deps.target,
      messages: [{ role: 'user', content: `${CONVERSATION_TITLE_PROMPT}${text}\n` }],
      parameters: { max_tokens: 500, temperature: 1 },
      caller: deps.caller,
      signal: deps.signal,
    });
    answer = result.message.content;
  } catch {
    return fallbackConversationName(query);
  }
  const parsed = parseLooseJson(answer);
  const output = isRecord(parsed) ? parsed['Your Output'] : undefined;
  const name = (typeof output === 'string' && output.trim() ? output : text).trim();
  return [...name].length > MAX_NAME ? `${[...name].slice(0, MAX_NAME).join('')}...` : name;
}
