import { composeReply, replyTokenCount } from '../chat-engine';
import type { ChatReply } from '../chat-types';
import type { HandlerContext } from '../handler-context';
import { sendJson } from '../http-io';
import { asRecord, asString } from '../json-access';
import { generationDelayMs, playStream, sseData, type StreamStep } from '../pacing';
import { StreamSink } from '../stream-sink';
import { parseOpenAiChatRequest } from './openai-chat-request';

/** `POST …/chat/completions`, streaming (SSE) or not. */
export async function handleOpenAiChat(ctx: HandlerContext): Promise<void> {
  const body = asRecord(ctx.body);
  const reply = composeReply(parseOpenAiChatRequest(body), ctx.state, 'call_');
  const meta = {
    id: ctx.state.nextId('chatcmpl-'),
    created: Math.floor(Date.now() / 1000),
    model: asString(body.model) ?? 'test-model',
  };
  if (body.stream === true) {
    const includeUsage = asRecord(body.stream_options).include_usage === true;
    const sink = new StreamSink(ctx.res, ctx.state, 'text/event-stream');
    await playStream(sink, ctx.state.latency, streamSteps(reply, meta, includeUsage));
    return;
  }
  await ctx.state.pause(generationDelayMs(ctx.state.latency, replyTokenCount(reply)));
  sendJson(ctx.res, 200, {
    ...meta,
    object: 'chat.completion',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: reply.toolCalls.length > 0 && reply.text === '' ? null : reply.text,
          refusal: null,
          ...(reply.toolCalls.length > 0 && { tool_calls: reply.toolCalls.map(toWireToolCall) }),
        },
        logprobs: null,
        finish_reason: reply.finishReason,
      },
    ],
    usage: usageOf(reply),
    system_fingerprint: 'fp_tessera_test',
  });
}

interface ChunkMeta {
  id: string;
  created: number;
  model: string;
}

function streamSteps(reply: ChatReply, meta: ChunkMeta, includeUsage: boolean): StreamStep[] {
  const chunk = (delta: unknown, finish_reason: string | null = null) =>
    sseData({ ...meta, object: 'chat.completion.chunk', choices: [{ index: 0, delta, logprobs: null, finish_reason }] });
  const steps: StreamStep[] = [
    { frames: [chunk({ role: 'assistant', content: reply.tokens.length > 0 ? '' : null })], token: false },
  ];
  for (const token of reply.tokens) steps.push({ frames: [chunk({ content: token })], token: true });
  reply.toolCalls.forEach((call, index) => {
    const args = JSON.stringify(call.arguments);
    const half = Math.ceil(args.length / 2);
    steps.push({
      frames: [
        chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }),
        chunk({ tool_calls: [{ index, function: { arguments: args.slice(0, half) } }] }),
        chunk({ tool_calls: [{ index, function: { arguments: args.slice(half) } }] }),
      ],
      token: true,
    });
  });
  const closing = [chunk({}, reply.finishReason)];
  if (includeUsage) closing.push(sseData({ ...meta, object: 'chat.completion.chunk', choices: [], usage: usageOf(reply) }));
  closing.push(sseData('[DONE]'));
  steps.push({ frames: closing, token: false });
  return steps;
}

function toWireToolCall(call: ChatReply['toolCalls'][number]) {
  return { id: call.id, type: 'function', function: { name: call.name, arguments: JSON.stringify(call.arguments) } };
}

function usageOf(reply: ChatReply) {
  const { prompt_tokens, completion_tokens } = reply.usage;
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}
