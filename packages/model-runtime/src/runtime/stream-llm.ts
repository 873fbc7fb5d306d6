import { streamText } from 'ai';
import type { LlmChunk, LlmRequest, LlmResult, LlmStream, PromptToolCall } from '../types';
import { ChunkQueue } from './chunk-queue';
import { llmCallOptions } from './llm-call-options';
import { consumeLlmStream, type StreamFinish, type StreamProgress } from './llm-stream-parts';
import { secretValues, toModelRuntimeError } from './map-error';
import { tokensOfFailure } from './metered-call';
import { resolveModel } from './resolve-model';
import type { RuntimeContext } from './runtime-context';
import { estimateTokens, promptText } from './token-estimate';
import { llmUsage, usageRecord, type Tokens } from './usage';

interface StreamRun {
  context: RuntimeContext;
  request: LlmRequest;
  signal: AbortSignal;
  queue: ChunkQueue<LlmChunk>;
  startedAt: number;
  progress: StreamProgress;
}

function chunk(index: number, content: string, toolCalls: PromptToolCall[]): LlmChunk {
  return { delta: { index, message: { role: 'assistant', content, tool_calls: toolCalls } } };
}

/**
 * A stream that ended early produced no usage report; bill what is known instead: the prompt estimated from its
 * text and one completion token per delta received (providers stream about one token per delta).
 */
function tokensOfInterrupted(run: StreamRun, error: unknown): Tokens {
  const reported = tokensOfFailure(error);
  if (reported.prompt > 0 || reported.completion > 0 || run.progress.deltas === 0) return reported;
  return { prompt: estimateTokens(promptText(run.request.messages)), completion: run.progress.deltas };
}

/** Reports usage, then emits the final chunk (usage, finish reason, structured output) and ends the stream. */
async function settle(run: StreamRun, finish: StreamFinish, structuredOutput: unknown): Promise<LlmResult> {
  const { context, request, progress } = run;
  const tokens = { prompt: finish.usage.inputTokens ?? 0, completion: finish.usage.outputTokens ?? 0 };
  const timing = {
    latencyMs: performance.now() - run.startedAt,
    timeToFirstTokenMs: (progress.firstOutputAt ?? performance.now()) - run.startedAt,
  };
  const usage = llmUsage(request.target, tokens, timing);
  context.report(usageRecord({ target: request.target, caller: request.caller, tokens, timing }));
  const last = chunk(progress.deltas, '', []);
  last.delta.usage = usage;
  last.delta.finish_reason = finish.difyReason;
  if (structuredOutput !== undefined) last.structured_output = structuredOutput;
  run.queue.push(last);
  run.queue.end();
  return {
    model: request.target.model,
    message: { role: 'assistant', content: progress.content, tool_calls: progress.toolCalls },
    usage,
    finish_reason: finish.difyReason,
    ...(structuredOutput === undefined ? {} : { structured_output: structuredOutput }),
  };
}

async function fail(run: StreamRun, error: unknown): Promise<never> {
  const { request } = run;
  const failure = toModelRuntimeError(error, {
    aborted: run.signal.aborted,
    secrets: secretValues(request.target.credentials),
  });
  run.context.report(
    usageRecord({
      target: request.target,
      caller: request.caller,
      tokens: tokensOfInterrupted(run, error),
      timing: { latencyMs: performance.now() - run.startedAt },
      errorCode: failure.code,
    }),
  );
  run.queue.end(failure);
  throw failure;
}

async function produce(run: StreamRun): Promise<LlmResult> {
  const { context, request, progress } = run;
  try {
    const { options, structured } = llmCallOptions(request);
    const stream = streamText({
      model: resolveModel(context, request.target, 'languageModel'),
      ...options,
      maxRetries: context.maxRetries,
      abortSignal: run.signal,
      // Failures arrive as stream parts and are rethrown by consumeLlmStream; the default handler only logs them.
      onError: () => undefined,
    });
    const finish = await consumeLlmStream(stream.fullStream, progress, (content, toolCalls) => {
      progress.firstOutputAt ??= performance.now();
      run.queue.push(chunk(progress.deltas, content, toolCalls));
    });
    const answered = finish.reason !== 'tool-calls' && progress.content !== '';
    return await settle(run, finish, structured && answered ? await stream.output : undefined);
  } catch (error) {
    return fail(run, error);
  }
}

/**
 * Starts the upstream call at once and relays its deltas as Dify chunks. Stopping the iteration early, or the
 * caller's signal, aborts the upstream request; `result` then rejects with "Request aborted".
 */
export function streamLlm(context: RuntimeContext, request: LlmRequest): LlmStream {
  const consumerStop = new AbortController();
  const signal = request.signal ? AbortSignal.any([request.signal, consumerStop.signal]) : consumerStop.signal;
  const queue = new ChunkQueue<LlmChunk>(() => consumerStop.abort());
  const progress: StreamProgress = { content: '', toolCalls: [], deltas: 0 };
  const result = produce({ context, request, signal, queue, startedAt: performance.now(), progress });
  // Callers that only iterate get the failure from the iterator; this keeps it from also surfacing as unhandled.
  result.catch(() => undefined);
  return { result, [Symbol.asyncIterator]: () => queue.iterator() };
}
