import type { PromptMessage } from '@tessera/model-runtime';
import { historyText } from '../memory/history';
import type { GeneratorDeps } from './conversation-name';
import { parseLooseJson } from './loose-json';

/** Dify's SUGGESTED_QUESTIONS_AFTER_ANSWER_INSTRUCTION_PROMPT, word for word. */
export const SUGGESTED_QUESTIONS_INSTRUCTION =
  "Please help me predict the three most likely questions that human would ask, and keep each question under 20 characters.\n" +
  "MAKE SURE your output is the SAME language as the Assistant's latest response. " +
  'The output must be an array in JSON format following the specified schema:\n' +
  '["question1","question2","question3"]\n';

export const SUGGESTED_QUESTIONS_MAX_TOKENS = 256;
export const SUGGESTED_QUESTIONS_TEMPERATURE = 0;

/** The questions in a reply: the first JSON array of strings found, at most three; none when there is none. */
export function parseSuggestedQuestions(text: string): string[] {
  const match = /\[[\s\S]*?\]/.exec(text.trim());
  const parsed = parseLooseJson(match ? match[0] : text);
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map((item) => item.trim())
    .slice(0, 3);
}

/**
 * Up to three follow-up questions after an answer (Dify's generate_suggested_questions_after_answer). The
 * conversation so far is written out as "Human: … / Assistant: …"; any model failure gives no questions.
 */
export async function generateSuggestedQuestions(deps: GeneratorDeps, conversation: PromptMessage[]): Promise<string[]> {
  const histories = historyText(conversation);
  const prompt = `${histories}\n${SUGGESTED_QUESTIONS_INSTRUCTION}\nquestions:\n`;
  try {
    const result = await deps.models.invokeLlm({
      target: deps.target,
      messages: [{ role: 'user', content: prompt }],
      parameters: { max_tokens: SUGGESTED_QUESTIONS_MAX_TOKENS, temperature: SUGGESTED_QUESTIONS_TEMPERATURE },
      caller: deps.caller,
      signal: deps.signal,
    });
    return parseSuggestedQuestions(result.message.content);
  } catch {
    return [];
  }
}
