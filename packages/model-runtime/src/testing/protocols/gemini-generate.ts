import { composeReply, replyTokenCount } from '../chat-engine';
import type { ChatReply } from '../chat-types';
import type { HandlerContext } from '../handler-context';
import { sendJson } from '../http-io';
import { generationDelayMs, playStream, sseData, type StreamStep } from '../pacing';
import { StreamSink } from '../stream-sink';
import { parseGeminiRequest } from './gemini-request';

const FINISH_REASONS: Record<ChatReply['finishReason'], string> = { stop: 'STOP', length: 'MAX_TOKENS', tool_calls: 'STOP' };

/** `…/models/{model}:generateContent` and `:streamGenerateContent` (SSE with `alt=sse`, a JSON array without). */
export async function handleGeminiGenerate(ctx: HandlerContext): Promise<void> {
  const reply = composeReply(parseGeminiRequest(ctx.body), ctx.state, 'call_');
  const envelope = { modelVersion: ctx.params.model ?? 'gemini-test', responseId: ctx.state.nextId('resp-') };
  const usageMetadata = {
    promptTokenCount: reply.usage.prompt_tokens,
    candidatesTokenCount: reply.usage.completion_tokens,
    totalTokenCount: reply.usage.prompt_tokens + reply.usage.completion_tokens,
  };
  const finishReason = FINISH_REASONS[reply.finishReason];
  const candidate = (parts: unknown[] | undefined, finish?: string) => ({
    ...(parts && { content: { role: 'model', parts } }),
    ...(finish && { finishReason: finish }),
    index: 0,
  });
  if (ctx.params.action === 'streamGenerateContent') {
    const chunks = [
      ...reply.tokens.map((text) => ({ candidates: [candidate([{ text }])], ...envelope })),
      ...reply.toolCalls.map((call) => ({ candidates: [candidate([functionCallPart(call)])], ...envelope })),
    ];
    const last = { candidates: [candidate(undefined, finishReason)], usageMetadata, ...envelope };
    if (ctx.query.alt !== 'sse') {
      await ctx.state.pause(generationDelayMs(ctx.state.latency, replyTokenCount(reply)));
      sendJson(ctx.res, 200, [...chunks, last]);
      return;
    }
    const steps: StreamStep[] = chunks.map((chunk) => ({ frames: [sseData(chunk)], token: true }));
    steps.push({ frames: [sseData(last)], token: false });
    await playStream(new StreamSink(ctx.res, ctx.state, 'text/event-stream'), ctx.state.latency, steps);
    return;
  }
  await ctx.state.pause(generationDelayMs(ctx.state.latency, replyTokenCount(reply)));
  const parts = [...(reply.text ? [{ text: reply.text }] : []), ...reply.toolCalls.map(functionCallPart)];
  sendJson(ctx.res, 200, { candidates: [candidate(parts, finishReason)], usageMetadata, ...envelope });
}

/** Gemini 3 expects its signature back on replayed calls; a fixed one keeps clients on the happy path. */
function functionCallPart(call: ChatReply['toolCalls'][number]) {
  return { functionCall: { name: call.name, args: call.arguments }, thoughtSignature: 'dGVzc2VyYS10ZXN0' };
}
