import type { PromptContentPart, PromptMessage } from '@tessera/model-runtime';
import { fitHistory, hasAnsweredTurns, historyText } from '../memory/history';
import { restTokens } from '../memory/rest-tokens';
import { userMessageContent } from './files';
import type { BuiltPrompt, PromptBuildInput } from './prompt-input';
import { inputsAsText, renderTemplate, variableKeys } from './template';

function valuesFor(template: string, input: PromptBuildInput, extra: Record<string, string>): Record<string, string> {
  const inputs = inputsAsText(input.inputs);
  const values: Record<string, string> = {};
  for (const key of variableKeys(template)) values[key] = inputs[key] ?? '';
  return { ...values, '#context#': input.context ?? '', ...extra };
}

/**
 * Expert mode on a chat model: the configured role messages (empty system messages left out), then for chat
 * apps the history and the query, for completion apps the query (if any) with the files.
 */
export function advancedChatPrompt(input: PromptBuildInput): BuiltPrompt {
  let messages: PromptMessage[] = [];
  for (const item of input.config.chat_prompt_config.prompt ?? []) {
    const text = renderTemplate(item.text, valuesFor(item.text, input, {}));
    if (item.role === 'system' && !text) continue;
    messages.push({ role: item.role, content: text });
  }
  if (input.history) {
    if (hasAnsweredTurns(input.history)) {
      const maxTokens = restTokens(input.target, input.params, messages);
      messages = [...messages, ...fitHistory(input.history, { maxTokens })];
    }
    messages.push({ role: 'user', content: userMessageContent(input.query, input.files, true) });
  } else if (input.files.length > 0) {
    attachFiles(messages, input.query, input.files);
  } else if (input.query) {
    messages.push({ role: 'user', content: input.query });
  }
  return { messages };
}

/** Without a query, Dify puts the files on the last user message (or on an empty one it adds). */
function attachFiles(messages: PromptMessage[], query: string, files: PromptContentPart[]): void {
  const last = messages.at(-1);
  if (!query && last?.role === 'user' && typeof last.content === 'string') {
    last.content = userMessageContent(last.content, files, true);
  } else {
    messages.push({ role: 'user', content: userMessageContent(query, files, true) });
  }
}

/**
 * Expert mode on a completion model: one text whose `{{#histories#}}` slot holds the history written with the
 * configured prefixes (chat apps only), and whose `{{#query#}}` slot holds the query.
 */
export function advancedCompletionPrompt(input: PromptBuildInput): BuiltPrompt {
  const config = input.config.completion_prompt_config;
  const template = config.prompt?.text ?? '';
  const extra: Record<string, string> = { '#query#': input.query, '#histories#': '' };
  const roles = config.conversation_histories_role;
  if (hasAnsweredTurns(input.history) && roles && variableKeys(template).includes('#histories#')) {
    const withoutHistory = renderTemplate(template, valuesFor(template, input, extra));
    const maxTokens = restTokens(input.target, input.params, [{ role: 'user', content: withoutHistory }]);
    extra['#histories#'] = historyText(fitHistory(input.history, { maxTokens }), roles.user_prefix, roles.assistant_prefix);
  }
  const prompt = renderTemplate(template, valuesFor(template, input, extra));
  return { messages: [{ role: 'user', content: userMessageContent(prompt, input.files, true) }] };
}
