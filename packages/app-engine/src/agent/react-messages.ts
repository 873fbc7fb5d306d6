import type { PromptContentPart, PromptMessage, ToolDefinition } from '@tessera/model-runtime';
import type { HistoryTurn } from '../memory/history';
import { userMessageContent } from '../prompt/files';
import { fillReactTemplate, REACT_CHAT_PROMPT, REACT_COMPLETION_PROMPT } from './react-prompt';
import { formatScratchpad, turnScratchpad, type ScratchpadUnit } from './react-scratchpad';

export interface ReactPromptInput {
  modelMode: 'chat' | 'completion';
  /** The app's own ReAct prompt (agent_mode.prompt.first_prompt), when it has one. */
  customPrompt?: string;
  instruction: string;
  tools: ToolDefinition[];
  history: HistoryTurn[];
  query: string;
  files: PromptContentPart[];
  scratchpad: ScratchpadUnit[];
}

function slots(input: ReactPromptInput): Record<string, string> {
  return {
    instruction: input.instruction,
    tools: JSON.stringify(input.tools),
    tool_names: input.tools.map((tool) => tool.name).join(', '),
  };
}

/** Chat models: the ReAct system prompt, earlier turns, the query, and the steps so far followed by "continue". */
function chatMessages(input: ReactPromptInput): PromptMessage[] {
  const system = fillReactTemplate(input.customPrompt ?? REACT_CHAT_PROMPT, slots(input));
  const history: PromptMessage[] = input.history
    .filter((turn) => turn.answer !== '')
    .flatMap((turn) => [
      { role: 'user' as const, content: turn.query },
      { role: 'assistant' as const, content: formatScratchpad(turnScratchpad(turn)) },
    ]);
  const query: PromptMessage = { role: 'user', content: userMessageContent(input.query, input.files) };
  const steps: PromptMessage[] =
    input.scratchpad.length > 0
      ? [{ role: 'assistant', content: formatScratchpad(input.scratchpad) }, { role: 'user', content: 'continue' }]
      : [];
  return [{ role: 'system', content: system }, ...history, query, ...steps];
}

/** Completion models: one text with the history as Question/answer blocks and the scratchpad before "Thought:". */
function completionMessages(input: ReactPromptInput): PromptMessage[] {
  const historic = input.history
    .filter((turn) => turn.answer !== '')
    .map((turn) => `Question: ${turn.query}\n\n${formatScratchpad(turnScratchpad(turn))}\n\n`)
    .join('');
  const prompt = fillReactTemplate(input.customPrompt ?? REACT_COMPLETION_PROMPT, {
    ...slots(input),
    historic_messages: historic,
    query: input.query,
    agent_scratchpad: formatScratchpad(input.scratchpad),
  });
  return [{ role: 'user', content: userMessageContent(prompt, input.files) }];
}

export function reactMessages(input: ReactPromptInput): PromptMessage[] {
  return input.modelMode === 'chat' ? chatMessages(input) : completionMessages(input);
}
