import { advancedChatPrompt, advancedCompletionPrompt } from './advanced-prompt';
import type { BuiltPrompt, PromptBuildInput } from './prompt-input';
import { simpleChatPrompt, simpleCompletionPrompt } from './simple-prompt';

/** The prompt a chat or completion app sends, by prompt type (simple or expert) and the model's mode. */
export function buildPrompt(input: PromptBuildInput): BuiltPrompt {
  const chatModel = input.config.model.mode === 'chat';
  if (input.config.prompt_type === 'advanced') {
    return chatModel ? advancedChatPrompt(input) : advancedCompletionPrompt(input);
  }
  return chatModel ? simpleChatPrompt(input) : simpleCompletionPrompt(input);
}
