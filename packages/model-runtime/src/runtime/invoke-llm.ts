import { generateText, NoOutputGeneratedError } from 'ai';
import type { LlmRequest, LlmResult } from '../types';
import { llmCallOptions } from './llm-call-options';
import { difyFinishReason, tokensOf, toPromptToolCall } from './llm-result';
import { meteredCall } from './metered-call';
import { withReasoning } from './reasoning';
import { resolveModel } from './resolve-model';
import type { RuntimeContext } from './runtime-context';
import { llmUsage } from './usage';

function outputOf(result: { output: unknown }): unknown {
  try {
    return result.output;
  } catch (error) {
    if (NoOutputGeneratedError.isInstance(error)) return undefined;
    throw error;
  }
}

export function invokeLlm(context: RuntimeContext, request: LlmRequest): Promise<LlmResult> {
  return meteredCall(context, request, async (startedAt) => {
    const model = resolveModel(context, request.target, 'languageModel');
    const { options, structured } = llmCallOptions(request);
    const result = await generateText({
      model,
      ...options,
      maxRetries: context.maxRetries,
      abortSignal: request.signal,
    });
    const timing = { latencyMs: performance.now() - startedAt };
    const tokens = tokensOf(result.usage);
    const output = structured ? outputOf(result) : undefined;
    const value: LlmResult = {
      model: request.target.model,
      message: {
        role: 'assistant',
        content: withReasoning(result.reasoningText, result.text),
        tool_calls: result.toolCalls.map(toPromptToolCall),
      },
      usage: llmUsage(request.target, tokens, timing),
      finish_reason: difyFinishReason(result.finishReason),
      ...(output === undefined ? {} : { structured_output: output }),
    };
    return { value, tokens, timing };
  });
}
