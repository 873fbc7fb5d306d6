import { composeReply, replyTokenCount } from '../chat-engine';
import type { ChatMessage, ChatRequest } from '../chat-types';
import type { HandlerContext } from '../handler-context';
import { sendJson } from '../http-io';
import { asArray, asRecord, asString, isRecord, textOfContent } from '../json-access';
import { generationDelayMs, playStream, type StreamStep } from '../pacing';
import { StreamSink } from '../stream-sink';

const NANOS_PER_MS = 1_000_000;

/** Ollama's native `POST …/api/chat`: NDJSON lines while streaming (the default, as in Ollama), one object otherwise. */
export async function handleOllamaChat(ctx: HandlerContext): Promise<void> {
  const body = asRecord(ctx.body);
  const reply = composeReply(parseOllamaRequest(body), ctx.state, 'call_');
  const model = asString(body.model) ?? 'llama3.2';
  const line = (message: Record<string, unknown>) => ({
    model,
    created_at: new Date().toISOString(),
    message: { role: 'assistant', ...message },
  });
  const done = {
    done: true,
    done_reason: reply.finishReason === 'length' ? 'length' : 'stop',
    total_duration: 5 * NANOS_PER_MS,
    load_duration: NANOS_PER_MS,
    prompt_eval_count: reply.usage.prompt_tokens,
    prompt_eval_duration: NANOS_PER_MS,
    eval_count: reply.usage.completion_tokens,
    eval_duration: 3 * NANOS_PER_MS,
  };
  const toolCalls = reply.toolCalls.map(({ id, name, arguments: args }) => ({ id, function: { name, arguments: args } }));
  if (body.stream === false) {
    await ctx.state.pause(generationDelayMs(ctx.state.latency, replyTokenCount(reply)));
    const message = { content: reply.text, ...(toolCalls.length > 0 && { tool_calls: toolCalls }) };
    sendJson(ctx.res, 200, { ...line(message), ...done });
    return;
  }
  const ndjson = (value: unknown) => `${JSON.stringify(value)}\n`;
  const partial = (message: Record<string, unknown>): StreamStep => ({
    frames: [ndjson({ ...line(message), done: false })],
    token: true,
  });
  const steps = [
    ...reply.tokens.map((content) => partial({ content })),
    ...toolCalls.map((call) => partial({ content: '', tool_calls: [call] })),
  ];
  steps.push({ frames: [ndjson({ ...line({ content: '' }), ...done })], token: false });
  await playStream(new StreamSink(ctx.res, ctx.state, 'application/x-ndjson'), ctx.state.latency, steps);
}

function parseOllamaRequest(body: Record<string, unknown>): ChatRequest {
  return {
    messages: asArray(body.messages).map((raw) => toMessage(asRecord(raw))),
    tools: asArray(body.tools).map((tool) => {
      const fn = asRecord(asRecord(tool).function);
      return { name: asString(fn.name) ?? '', parameters: fn.parameters };
    }),
    toolChoice: toolChoiceOf(body.tool_choice),
    json: body.format === 'json' ? {} : isRecord(body.format) ? { schema: body.format } : undefined,
  };
}

function toMessage(message: Record<string, unknown>): ChatMessage {
  const text = textOfContent(message.content);
  switch (message.role) {
    case 'assistant':
      return {
        role: 'assistant',
        text,
        toolCalls: asArray(message.tool_calls).map((call) => {
          const name = asString(asRecord(asRecord(call).function).name) ?? '';
          return { id: asString(asRecord(call).id) ?? name, name };
        }),
      };
    case 'tool':
      return { role: 'tool', text, toolCallId: asString(message.tool_call_id), toolName: asString(message.tool_name) };
    case 'system':
      return { role: 'system', text };
    default:
      return { role: 'user', text };
  }
}

function toolChoiceOf(choice: unknown): ChatRequest['toolChoice'] {
  if (choice === 'none' || choice === 'auto' || choice === 'required') return { mode: choice };
  const name = asString(asRecord(choice).name);
  return name ? { mode: 'required', name } : undefined;
}

