import type { PromptMessage } from '@tessera/model-runtime';
import { isRecord } from '../json';
import type { HistoryToolCall, HistoryTurn } from '../memory/history';
import { countMessageTokens } from '../memory/token-count';

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** One recorded step as the messages a function-calling model would have exchanged. */
function stepMessages(step: HistoryToolCall, turnIndex: number, stepIndex: number): PromptMessage[] {
  const names = step.tool.split(';').filter((name) => name !== '');
  if (names.length === 0) return [];
  const inputs = parseObject(step.toolInput) ?? {};
  const observations = parseObject(step.observation);
  const calls = names.map((name, index) => ({
    id: `history_${turnIndex}_${stepIndex}_${index}`,
    type: 'function' as const,
    function: { name, arguments: JSON.stringify(inputs[name] ?? {}) },
  }));
  const results = calls.map((call, index): PromptMessage => {
    const observation = observations ? observations[names[index]!] : step.observation;
    return {
      role: 'tool',
      content: typeof observation === 'string' ? observation : JSON.stringify(observation ?? ''),
      tool_call_id: call.id,
      name: call.function.name,
    };
  });
  return [{ role: 'assistant', content: step.thought ?? '', tool_calls: calls }, ...results];
}

/** Earlier turns for a function-calling agent: each query, the tool calls it led to, and the answer. */
export function agentHistoryGroups(turns: HistoryTurn[]): PromptMessage[][] {
  return turns
    .filter((turn) => turn.answer !== '')
    .map((turn, turnIndex) => [
      { role: 'user', content: turn.files?.length ? [{ type: 'text', data: turn.query }, ...turn.files] : turn.query },
      ...(turn.toolCalls ?? []).flatMap((step, stepIndex) => stepMessages(step, turnIndex, stepIndex)),
      { role: 'assistant', content: turn.answer },
    ]);
}

/** Drops whole turns, oldest first, until the history fits (Dify's AgentHistoryPromptTransform). */
export function fitHistoryGroups(groups: PromptMessage[][], maxTokens: number): PromptMessage[] {
  const kept = [...groups];
  while (kept.length > 0 && countMessageTokens(kept.flat()) > maxTokens) kept.shift();
  return kept.flat();
}
