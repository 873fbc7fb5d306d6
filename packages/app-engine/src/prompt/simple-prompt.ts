import type { PromptMessage } from '@tessera/model-runtime';
import { fitHistory, hasAnsweredTurns, historyText } from '../memory/history';
import { restTokens } from '../memory/rest-tokens';
import { userMessageContent } from './files';
import type { BuiltPrompt, PromptBuildInput } from './prompt-input';
import { CHAT_APP_RULES, COMPLETION_APP_RULES, type SimplePromptRules } from './simple-templates';
import { inputsAsText, renderTemplate, variableKeys } from './template';

interface Slots {
  context?: string;
  query?: string;
  histories?: string;
}

/**
 * The prompt template Dify assembles for simple mode: context block, pre-prompt (with a newline after it) and
 * history block in the rules' order, then the query slot. Blocks whose value is absent are left out.
 */
function assemble(rules: SimplePromptRules, prePrompt: string, slots: Slots): string {
  let template = '';
  for (const part of rules.order) {
    if (part === 'context_prompt' && slots.context !== undefined) template += rules.contextPrompt;
    else if (part === 'pre_prompt' && prePrompt) template += `${prePrompt}\n`;
    else if (part === 'histories_prompt' && slots.histories !== undefined) template += rules.historiesPrompt ?? '';
  }
  if (slots.query !== undefined) template += rules.queryPrompt;
  return template;
}

function render(input: PromptBuildInput, rules: SimplePromptRules, slots: Slots): string {
  const prePrompt = input.config.pre_prompt;
  const inputs = inputsAsText(input.inputs);
  const values: Record<string, string> = {};
  for (const key of variableKeys(prePrompt)) values[key] = inputs[key] ?? '';
  values['#context#'] = slots.context ?? '';
  values['#query#'] = slots.query ?? '';
  values['#histories#'] = slots.histories ?? '';
  return renderTemplate(assemble(rules, prePrompt, slots), values);
}

const rulesFor = (input: PromptBuildInput) => (input.appMode === 'completion' ? COMPLETION_APP_RULES : CHAT_APP_RULES);
const contextOf = (input: PromptBuildInput) => (input.context ? input.context : undefined);

/** Chat models: the template as a system message, the history as messages, then the query with its files. */
export function simpleChatPrompt(input: PromptBuildInput): BuiltPrompt {
  const prompt = render(input, rulesFor(input), { context: contextOf(input) });
  let messages: PromptMessage[] = [];
  if (prompt && input.query) messages.push({ role: 'system', content: prompt });
  if (hasAnsweredTurns(input.history)) {
    const maxTokens = restTokens(input.target, input.params, messages);
    messages = [...messages, ...fitHistory(input.history, { maxTokens })];
  }
  messages.push({ role: 'user', content: userMessageContent(input.query || prompt, input.files) });
  return { messages };
}

/** Completion models: one text holding everything, with the history written out with role prefixes. */
export function simpleCompletionPrompt(input: PromptBuildInput): BuiltPrompt {
  const rules = rulesFor(input);
  const slots: Slots = { context: contextOf(input), query: input.query };
  let prompt = render(input, rules, slots);
  if (input.history) {
    const maxTokens = restTokens(input.target, input.params, [{ role: 'user', content: prompt }]);
    const histories = historyText(fitHistory(input.history, { maxTokens }), rules.humanPrefix, rules.assistantPrefix);
    prompt = render(input, rules, { ...slots, histories });
  }
  const stop = rules.stops && rules.stops.length > 0 ? rules.stops : undefined;
  return { messages: [{ role: 'user', content: userMessageContent(prompt, input.files) }], ...(stop ? { stop } : {}) };
}
