import { type LlmChunk, type LlmRequest, type PromptMessage, type UsageCaller } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { pluginTarget } from './invoke-models';
import { PayloadError, type TInvokeLlmRequest, type TInvokeStructuredLlmRequest } from './payloads';

/** Dify's LLMResultChunk as the daemon reads it. */
export interface PluginLlmChunk extends LlmChunk {
  model: string;
  prompt_messages: [];
  system_fingerprint: string | null;
}

function promptMessagesOf(input: TInvokeLlmRequest): PromptMessage[] {
  const messages = input.prompt_messages ?? input.messages;
  if (messages) {
    return messages.map((message) => ({
      ...message,
      content: Array.isArray(message.content)
        ? message.content.map((part) =>
            part.type === 'text' ? { type: 'text' as const, data: part.data ?? part.text ?? '' } : { ...part, type: part.type },
          )
        : (message.content ?? null),
    }));
  }
  if (input.prompt !== undefined) return [{ role: 'user', content: input.prompt }];
  throw new PayloadError('prompt_messages is required');
}

async function llmRequestOf(
  deps: AppDeps,
  caller: UsageCaller,
  input: TInvokeLlmRequest & Partial<Pick<TInvokeStructuredLlmRequest, 'structured_output_schema' | 'output_schema'>>,
  signal: AbortSignal,
): Promise<LlmRequest> {
  const messages = promptMessagesOf(input);
  const target = await pluginTarget(deps, caller, input, 'llm');
  return {
    target,
    messages,
    parameters: input.completion_params ?? input.model_parameters ?? input.parameters ?? input.model_config?.completion_params ?? {},
    tools: input.tools ?? undefined,
    stop: input.stop ?? undefined,
    structuredOutputSchema: input.structured_output_schema ?? input.output_schema,
    signal,
    caller,
  };
}

/**
 * Runs an LLM call for the plugin daemon, emitting Dify's chunks: many when `stream` is true, one
 * carrying the whole answer (and its usage) otherwise. The signal stops the upstream call.
 */
export async function streamPluginLlm(
  deps: AppDeps,
  caller: UsageCaller,
  input: TInvokeStructuredLlmRequest,
  emit: (chunk: PluginLlmChunk) => void,
  signal: AbortSignal,
): Promise<void> {
  const request = await llmRequestOf(deps, caller, input, signal);
  const model = request.target.model;
  const frame = (chunk: LlmChunk): PluginLlmChunk => ({ model, prompt_messages: [], system_fingerprint: null, ...chunk });
  if (input.stream === false) {
    const result = await deps.models.invokeLlm(request);
    emit(
      frame({
        delta: { index: 0, message: result.message, usage: result.usage, finish_reason: result.finish_reason },
        ...(result.structured_output === undefined ? {} : { structured_output: result.structured_output }),
      }),
    );
    return;
  }
  for await (const chunk of deps.models.streamLlm(request)) emit(frame(chunk));
}
