/**
 * Dify's prompt rules for simple (basic) mode, word for word: the context block, the history block and the
 * query slot, and the order they are put together in. Chat apps use the chat rules, completion apps the
 * completion rules.
 */
export interface SimplePromptRules {
  humanPrefix: string;
  assistantPrefix: string;
  contextPrompt: string;
  historiesPrompt?: string;
  order: ('context_prompt' | 'pre_prompt' | 'histories_prompt')[];
  queryPrompt: string;
  stops: string[] | null;
}

const CONTEXT_PROMPT =
  'Use the following context as your learned knowledge, inside <context></context> XML tags.\n\n<context>\n{{#context#}}\n</context>\n\n' +
  "When answer to user:\n- If you don't know, just say that you don't know.\n- If you don't know when you are not sure, ask for clarification.\n" +
  "Avoid mentioning that you obtained the information from the context.\nAnd answer according to the language of the user's question.\n\n";

export const CHAT_APP_RULES: SimplePromptRules = {
  humanPrefix: 'Human',
  assistantPrefix: 'Assistant',
  contextPrompt: CONTEXT_PROMPT,
  historiesPrompt:
    'Here is the chat histories between human and assistant, inside <histories></histories> XML tags.\n\n<histories>\n{{#histories#}}\n</histories>\n\n',
  order: ['context_prompt', 'pre_prompt', 'histories_prompt'],
  queryPrompt: '\n\nHuman: {{#query#}}\n\nAssistant: ',
  stops: ['\nHuman:', '</histories>'],
};

export const COMPLETION_APP_RULES: SimplePromptRules = {
  humanPrefix: 'Human',
  assistantPrefix: 'Assistant',
  contextPrompt: CONTEXT_PROMPT,
  order: ['context_prompt', 'pre_prompt'],
  queryPrompt: '{{#query#}}',
  stops: null,
};
