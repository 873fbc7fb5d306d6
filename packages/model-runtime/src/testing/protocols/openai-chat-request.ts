import type { ChatMessage, ChatRequest } from '../chat-types';
import { asArray, asRecord, asString, textOfContent } from '../json-access';

/** Reads an OpenAI Chat Completions body (also what Azure and OpenAI-compatible clients send). */
export function parseOpenAiChatRequest(body: unknown): ChatRequest {
  const record = asRecord(body);
  return {
    messages: asArray(record.messages).map(toMessage),
    tools: asArray(record.tools).map((tool) => {
      const fn = asRecord(asRecord(tool).function);
      return { name: asString(fn.name) ?? '', parameters: fn.parameters };
    }),
    toolChoice: toolChoiceOf(record.tool_choice),
    json: jsonModeOf(asRecord(record.response_format)),
  };
}

function toMessage(raw: unknown): ChatMessage {
  const message = asRecord(raw);
  const role = asString(message.role);
  const text = textOfContent(message.content);
  switch (role) {
    case 'assistant':
      return {
        role: 'assistant',
        text,
        toolCalls: asArray(message.tool_calls).map((call) => ({
          id: asString(asRecord(call).id) ?? '',
          name: asString(asRecord(asRecord(call).function).name) ?? '',
        })),
      };
    case 'tool':
      return { role: 'tool', text, toolCallId: asString(message.tool_call_id), toolName: asString(message.name) };
    case 'system':
    case 'developer':
      return { role: 'system', text };
    default:
      return { role: 'user', text };
  }
}

function toolChoiceOf(choice: unknown): ChatRequest['toolChoice'] {
  if (choice === 'none' || choice === 'auto' || choice === 'required') return { mode: choice };
  const name = asString(asRecord(asRecord(choice).function).name);
  return name ? { mode: 'required', name } : undefined;
}

function jsonModeOf(format: Record<string, unknown>): ChatRequest['json'] {
  if (format.type === 'json_schema') return { schema: asRecord(format.json_schema).schema };
  if (format.type === 'json_object') return {};
  return undefined;
}
