import type { LlmRequest, LlmUsage, ModelRuntime, PromptToolCall } from '@tessera/model-runtime';
import { estimatedUsage } from './usage';

export interface StreamCallResult {
  text: string;
  toolCalls: PromptToolCall[];
  usage: LlmUsage;
  /** The caller's signal fired; `text` is what had arrived by then. */
  stopped: boolean;
}

/**
 * One streamed model call. `onText` sees each text delta (awaited, so a slow consumer slows the stream down);
 * returning true ends the call early, which aborts the upstream request. A stop through the request's signal
 * is not an error: the partial text comes back marked stopped, with usage estimated from the text.
 */
export async function streamCall(
  models: Pick<ModelRuntime, 'streamLlm'>,
  request: LlmRequest,
  onText: (delta: string) => Promise<boolean | void> | boolean | void,
): Promise<StreamCallResult> {
  const startedAt = performance.now();
  const toolCalls = new Map<string, PromptToolCall>();
  let text = '';
  let usage: LlmUsage | undefined;
  let stopped = false;
  try {
    for await (const chunk of models.streamLlm(request)) {
      for (const call of chunk.delta.message.tool_calls) toolCalls.set(call.id || String(toolCalls.size), call);
      if (chunk.delta.usage) usage = chunk.delta.usage;
      const delta = chunk.delta.message.content;
      if (delta) {
        text += delta;
        if (await onText(delta)) break;
      }
      if (request.signal?.aborted) break;
    }
  } catch (error) {
    if (!request.signal?.aborted) throw error;
  }
  if (request.signal?.aborted) stopped = true;
  const latency = Math.round(performance.now() - startedAt) / 1000;
  return {
    text,
    toolCalls: [...toolCalls.values()],
    usage: usage ?? estimatedUsage(request.target, request.messages, text, latency),
    stopped,
  };
}
