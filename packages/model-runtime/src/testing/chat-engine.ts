import type { ChatMessage, ChatReply, ChatRequest, ChatTool, ReplyToolCall } from './chat-types';
import { isRecord } from './json-access';
import { exampleFromSchema } from './schema-example';
import type { ServerState } from './server-state';
import { countWords, splitTokens } from './tokenizer';

/**
 * The reply every protocol shares: a scripted reply when one is queued, otherwise a deterministic answer
 * derived from the conversation (echo, tool call, tool-result summary or schema-shaped JSON).
 */
export function composeReply(request: ChatRequest, state: ServerState, toolCallIdPrefix: string): ChatReply {
  const scripted = state.takeScript();
  let text: string;
  let toolCalls: ReplyToolCall[] = [];
  if (scripted) {
    text = scripted.text ?? '';
    toolCalls = (scripted.toolCalls ?? []).map((call) => ({ id: state.nextId(toolCallIdPrefix), ...call }));
  } else {
    const tool = chooseTool(request);
    if (tool) toolCalls = [{ id: state.nextId(toolCallIdPrefix), name: tool.name, arguments: toolArguments(tool) }];
    text = tool ? '' : defaultText(request);
  }
  const promptTokens = request.messages.reduce((sum, message) => sum + countWords(message.text), 0);
  return {
    text,
    toolCalls,
    finishReason: scripted?.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop'),
    usage: scripted?.usage ?? { prompt_tokens: promptTokens, completion_tokens: countWords(text) + toolCalls.length },
    tokens: splitTokens(text),
  };
}

/** Number of paced units in a reply: its words plus one per tool call. */
export function replyTokenCount(reply: ChatReply): number {
  return reply.tokens.length + reply.toolCalls.length;
}

function chooseTool(request: ChatRequest): ChatTool | undefined {
  const { tools, toolChoice } = request;
  const last = request.messages.at(-1);
  if (tools.length === 0 || toolChoice?.mode === 'none' || last?.role === 'tool') return undefined;
  if (toolChoice?.name) return tools.find((tool) => tool.name === toolChoice.name);
  const mentioned =
    last?.role === 'user' ? tools.find((tool) => last.text.toLowerCase().includes(tool.name.toLowerCase())) : undefined;
  if (mentioned) return mentioned;
  return toolChoice?.mode === 'required' ? tools[0] : undefined;
}

function toolArguments(tool: ChatTool): Record<string, unknown> {
  const value = exampleFromSchema(tool.parameters ?? { type: 'object' });
  return isRecord(value) ? value : {};
}

function defaultText(request: ChatRequest): string {
  const toolResults = trailingToolResults(request.messages);
  if (toolResults.length > 0) {
    const nameOf = (result: ChatMessage) => result.toolName ?? toolNameFor(request.messages, result.toolCallId);
    return toolResults.map((result) => `Tool ${nameOf(result)} returned: ${result.text}`).join('\n');
  }
  const lastUser = request.messages.filter((message) => message.role === 'user').at(-1)?.text ?? '';
  if (request.json) {
    const schema = request.json.schema;
    return JSON.stringify(schema === undefined ? { echo: lastUser } : exampleFromSchema(schema));
  }
  return `Echo: ${lastUser}`;
}

function trailingToolResults(messages: ChatMessage[]): ChatMessage[] {
  const results: ChatMessage[] = [];
  for (let i = messages.length - 1; i >= 0 && messages[i]!.role === 'tool'; i--) results.unshift(messages[i]!);
  return results;
}

function toolNameFor(messages: ChatMessage[], toolCallId: string | undefined): string {
  for (const message of messages) {
    const call = message.toolCalls?.find((candidate) => candidate.id === toolCallId);
    if (call) return call.name;
  }
  return 'unknown';
}
