import { describe, expect, it } from 'vitest';
import type { HistoryTurn } from '../memory/history';
import { countMessageTokens } from '../memory/token-count';
import { agentHistoryGroups, fitHistoryGroups } from './agent-history';
import { reactMessages } from './react-messages';
import { REACT_CHAT_PROMPT } from './react-prompt';

const tool = { name: 'eval_expression', description: 'maths', parameters: { type: 'object', properties: {}, required: [] } };
const earlier: HistoryTurn = {
  query: 'what is 1+1?',
  answer: 'It is 2.',
  toolCalls: [{ tool: 'eval_expression', toolInput: '{"eval_expression":{"expression":"1+1"}}', observation: '{"eval_expression":"2"}', thought: 'compute' }],
};

describe('ReAct prompts', () => {
  it('chat models: the system prompt names the tools; earlier turns come back as scratchpads', () => {
    const messages = reactMessages({
      modelMode: 'chat',
      instruction: 'Be exact. {{tools}} stays as typed.',
      tools: [tool],
      history: [earlier],
      query: 'and 2+2?',
      files: [],
      scratchpad: [],
    });
    expect(messages[0]!.content).toBe(
      REACT_CHAT_PROMPT.replace('{{tools}}', JSON.stringify([tool]))
        .replace('{{tool_names}}', 'eval_expression')
        .replace('{{instruction}}', 'Be exact. {{tools}} stays as typed.'),
    );
    expect(messages.slice(1)).toEqual([
      { role: 'user', content: 'what is 1+1?' },
      {
        role: 'assistant',
        content: 'Thought: compute\n\nAction: {"action":"eval_expression","action_input":{"expression":"1+1"}}\n\nObservation: 2\n\nFinal Answer: It is 2.',
      },
      { role: 'user', content: 'and 2+2?' },
    ]);
  });

  it('completion models: one text ending in "Thought:" with the scratchpad before it', () => {
    const [message] = reactMessages({
      modelMode: 'completion',
      instruction: 'Be exact.',
      tools: [tool],
      history: [],
      query: 'and 2+2?',
      files: [],
      scratchpad: [{ thought: 'compute', action: { name: 'eval_expression', input: { expression: '2+2' } }, observation: '4' }],
    });
    const text = message!.content as string;
    expect(text.startsWith('Respond to the human as helpfully and accurately as possible.\n\nBe exact.\n')).toBe(true);
    expect(text.endsWith(
      'then Observation:.\n\nQuestion: and 2+2?\nThought: compute\n\nAction: {"action":"eval_expression","action_input":{"expression":"2+2"}}\n\nObservation: 4\n\n\nThought:',
    )).toBe(true);
  });
});

describe('function-calling history', () => {
  it('replays earlier tool steps as tool calls and results', () => {
    const [group] = agentHistoryGroups([earlier]);
    expect(group).toEqual([
      { role: 'user', content: 'what is 1+1?' },
      {
        role: 'assistant',
        content: 'compute',
        tool_calls: [{ id: 'history_0_0_0', type: 'function', function: { name: 'eval_expression', arguments: '{"expression":"1+1"}' } }],
      },
      { role: 'tool', content: '2', tool_call_id: 'history_0_0_0', name: 'eval_expression' },
      { role: 'assistant', content: 'It is 2.' },
    ]);
  });

  it('drops whole turns, oldest first, to fit', () => {
    const groups = agentHistoryGroups([earlier, { query: 'q2', answer: 'a2' }]);
    const lastOnly = countMessageTokens(groups[1]!);
    expect(fitHistoryGroups(groups, lastOnly)).toEqual(groups[1]);
    expect(fitHistoryGroups(groups, 0)).toEqual([]);
  });
});
