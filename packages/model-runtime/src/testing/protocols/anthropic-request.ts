import type { ChatMessage, ChatRequest } from '../chat-types';
import { asArray, asRecord, asString, textOfContent } from '../json-access';

/** Reads an Anthropic Messages body: tool results arrive as blocks inside user messages. */
export function parseAnthropicRequest(body: unknown): ChatRequest {
  const record = asRecord(body);
  const messages: ChatMessage[] = [];
  const system = textOfContent(record.system);
  if (system) messages.push({ role: 'system', text: system });
  for (const raw of asArray(record.messages)) messages.push(...toMessages(asRecord(raw)));
  const format = asRecord(asRecord(record.output_config).format ?? record.output_format);
  return {
    messages,
    tools: asArray(record.tools).map((tool) => ({
      name: asString(asRecord(tool).name) ?? '',
      parameters: asRecord(tool).input_schema,
    })),
    toolChoice: toolChoiceOf(asRecord(record.tool_choice)),
    json: format.type === 'json_schema' ? { schema: format.schema } : undefined,
  };
}

function toMessages(message: Record<string, unknown>): ChatMessage[] {
  const content = message.content;
  if (typeof content === 'string') return [{ role: message.role === 'assistant' ? 'assistant' : 'user', text: content }];
  const blocks = asArray(content).map(asRecord);
  const text = textOfContent(blocks.filter((block) => block.type === 'text'));
  if (message.role === 'assistant') {
    const toolCalls = blocks
      .filter((block) => block.type === 'tool_use')
      .map((block) => ({ id: asString(block.id) ?? '', name: asString(block.name) ?? '' }));
    return [{ role: 'assistant', text, toolCalls }];
  }
  const results: ChatMessage[] = blocks
    .filter((block) => block.type === 'tool_result')
    .map((block) => ({ role: 'tool', text: textOfContent(block.content), toolCallId: asString(block.tool_use_id) }));
  const hasOtherContent = blocks.some((block) => block.type !== 'tool_result');
  return hasOtherContent || results.length === 0 ? [...results, { role: 'user', text }] : results;
}

function toolChoiceOf(choice: Record<string, unknown>): ChatRequest['toolChoice'] {
  switch (choice.type) {
    case 'auto':
    case 'none':
      return { mode: choice.type };
    case 'any':
      return { mode: 'required' };
    case 'tool':
      return { mode: 'required', name: asString(choice.name) };
    default:
      return undefined;
  }
}
