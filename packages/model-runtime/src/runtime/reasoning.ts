/**
 * Dify shows a model's reasoning inline, wrapped in <think> tags ahead of the answer; the streaming side emits
 * the same tags around reasoning deltas.
 */
export const THINK_OPEN = '<think>\n';
export const THINK_CLOSE = '\n</think>\n';

export function withReasoning(reasoning: string | undefined, text: string): string {
  return reasoning ? `${THINK_OPEN}${reasoning}${THINK_CLOSE}${text}` : text;
}
