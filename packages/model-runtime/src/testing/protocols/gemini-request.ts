import type { ChatMessage, ChatRequest, ChatTool } from '../chat-types';
import { asArray, asRecord, asString, textOfContent } from '../json-access';

/** Reads a Gemini generateContent body: `model` turns may call functions, `user` turns may answer them. */
export function parseGeminiRequest(body: unknown): ChatRequest {
  const record = asRecord(body);
  const messages: ChatMessage[] = [];
  const system = textOfContent(asRecord(record.systemInstruction).parts);
  if (system) messages.push({ role: 'system', text: system });
  for (const raw of asArray(record.contents)) messages.push(...toMessages(asRecord(raw)));
  const tools: ChatTool[] = asArray(record.tools).flatMap((tool) =>
    asArray(asRecord(tool).functionDeclarations).map((declaration) => {
      const fn = asRecord(declaration);
      return { name: asString(fn.name) ?? '', parameters: fn.parameters ?? fn.parametersJsonSchema };
    }),
  );
  const generation = asRecord(record.generationConfig);
  const wantsJson = generation.responseMimeType === 'application/json';
  return {
    messages,
    tools,
    toolChoice: toolChoiceOf(asRecord(asRecord(record.toolConfig).functionCallingConfig)),
    json: wantsJson ? { schema: generation.responseJsonSchema ?? generation.responseSchema } : undefined,
  };
}

function toMessages(content: Record<string, unknown>): ChatMessage[] {
  const parts = asArray(content.parts).map(asRecord);
  const text = textOfContent(parts.filter((part) => typeof part.text === 'string'));
  if (content.role === 'model') {
    const toolCalls = parts
      .filter((part) => part.functionCall !== undefined)
      .map((part) => {
        const call = asRecord(part.functionCall);
        const name = asString(call.name) ?? '';
        return { id: asString(call.id) ?? name, name };
      });
    return [{ role: 'assistant', text, toolCalls }];
  }
  const results: ChatMessage[] = parts
    .filter((part) => part.functionResponse !== undefined)
    .map((part) => {
      const response = asRecord(part.functionResponse);
      const payload = asRecord(response.response);
      const output = typeof payload.content === 'string' ? payload.content : JSON.stringify(payload.content ?? payload);
      return { role: 'tool', text: output, toolName: asString(response.name), toolCallId: asString(response.id) };
    });
  return results.length > 0 && text === '' ? results : [...results, { role: 'user', text }];
}

function toolChoiceOf(config: Record<string, unknown>): ChatRequest['toolChoice'] {
  const allowed = asArray(config.allowedFunctionNames).filter((name): name is string => typeof name === 'string');
  switch (config.mode) {
    case 'NONE':
      return { mode: 'none' };
    case 'ANY':
      return { mode: 'required', name: allowed.length === 1 ? allowed[0] : undefined };
    default:
      return undefined;
  }
}
