import { composeReply, replyTokenCount } from '../chat-engine';
import type { ChatReply } from '../chat-types';
import type { HandlerContext } from '../handler-context';
import { sendJson } from '../http-io';
import { asRecord, asString } from '../json-access';
import { generationDelayMs, playStream, sseEvent, type StreamStep } from '../pacing';
import { StreamSink } from '../stream-sink';
import { parseAnthropicRequest } from './anthropic-request';

const STOP_REASONS: Record<ChatReply['finishReason'], string> = {
  stop: 'end_turn',
  length: 'max_tokens',
  tool_calls: 'tool_use',
};

/** `POST …/v1/messages`, streaming (SSE with named events) or not. */
export async function handleAnthropicMessages(ctx: HandlerContext): Promise<void> {
  const body = asRecord(ctx.body);
  const reply = composeReply(parseAnthropicRequest(body), ctx.state, 'toolu_');
  const message = {
    id: ctx.state.nextId('msg_'),
    type: 'message',
    role: 'assistant',
    model: asString(body.model) ?? 'claude-test',
  };
  if (body.stream === true) {
    const sink = new StreamSink(ctx.res, ctx.state, 'text/event-stream');
    await playStream(sink, ctx.state.latency, streamSteps(reply, message));
    return;
  }
  await ctx.state.pause(generationDelayMs(ctx.state.latency, replyTokenCount(reply)));
  const content = [
    ...(hasTextBlock(reply) ? [{ type: 'text', text: reply.text }] : []),
    ...reply.toolCalls.map((call) => ({ type: 'tool_use', id: call.id, name: call.name, input: call.arguments })),
  ];
  sendJson(ctx.res, 200, {
    ...message,
    content,
    stop_reason: STOP_REASONS[reply.finishReason],
    stop_sequence: null,
    usage: { input_tokens: reply.usage.prompt_tokens, output_tokens: reply.usage.completion_tokens },
  });
}

function hasTextBlock(reply: ChatReply): boolean {
  return reply.text.length > 0 || reply.toolCalls.length === 0;
}

const event = (type: string, fields: Record<string, unknown> = {}) => sseEvent(type, { type, ...fields });

function streamSteps(reply: ChatReply, message: Record<string, string>): StreamStep[] {
  const usage = { input_tokens: reply.usage.prompt_tokens, output_tokens: 1 };
  const start = event('message_start', { message: { ...message, content: [], stop_reason: null, stop_sequence: null, usage } });
  const steps: StreamStep[] = [{ frames: [start], token: false }];
  let index = 0;
  if (hasTextBlock(reply)) {
    const textIndex = index++;
    const open = event('content_block_start', { index: textIndex, content_block: { type: 'text', text: '' } });
    steps.push({ frames: [open], token: false });
    for (const text of reply.tokens) {
      const delta = event('content_block_delta', { index: textIndex, delta: { type: 'text_delta', text } });
      steps.push({ frames: [delta], token: true });
    }
    steps.push({ frames: [event('content_block_stop', { index: textIndex })], token: false });
  }
  for (const call of reply.toolCalls) {
    const toolIndex = index++;
    const json = JSON.stringify(call.arguments);
    const half = Math.ceil(json.length / 2);
    const delta = (partial_json: string) =>
      event('content_block_delta', { index: toolIndex, delta: { type: 'input_json_delta', partial_json } });
    const block = { type: 'tool_use', id: call.id, name: call.name, input: {} };
    steps.push({
      frames: [
        event('content_block_start', { index: toolIndex, content_block: block }),
        delta(json.slice(0, half)),
        delta(json.slice(half)),
        event('content_block_stop', { index: toolIndex }),
      ],
      token: true,
    });
  }
  const stop = { stop_reason: STOP_REASONS[reply.finishReason], stop_sequence: null };
  const finalUsage = { output_tokens: reply.usage.completion_tokens };
  steps.push({ frames: [event('message_delta', { delta: stop, usage: finalUsage }), event('message_stop')], token: false });
  return steps;
}
