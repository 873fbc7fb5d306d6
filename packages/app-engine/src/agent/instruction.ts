import { inputsAsText, renderTemplate } from '../prompt/template';

/** The agent's instruction: the app's pre-prompt with the form's values filled in. */
export function agentInstruction(prePrompt: string, inputs: Record<string, unknown>): string {
  return renderTemplate(prePrompt, inputsAsText(inputs));
}
