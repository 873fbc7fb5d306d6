import type {
  AssistantContent,
  FilePart,
  ImagePart,
  ModelMessage,
  TextPart,
  ToolCallPart,
} from '@ai-sdk/provider-utils';
import type { PromptContentPart, PromptMessage } from '../types';

type MediaPart = Exclude<PromptContentPart, { type: 'text' }>;

const DEFAULT_MEDIA_TYPES: Record<MediaPart['type'], string> = {
  image: 'image/png',
  audio: 'audio/mpeg',
  video: 'video/mp4',
  document: 'application/pdf',
};

function mediaTypeOf(part: MediaPart): string {
  if (part.mime_type) return part.mime_type;
  const fromDataUrl = /^data:([^;,]+)[;,]/.exec(part.base64_data ?? part.url ?? '')?.[1];
  if (fromDataUrl) return fromDataUrl;
  if (part.format) return `${part.type === 'document' ? 'application' : part.type}/${part.format}`;
  return DEFAULT_MEDIA_TYPES[part.type];
}

/** Dify keeps raw base64 in `base64_data`, but data URLs turn up there too. */
function mediaData(part: MediaPart): string | URL {
  if (part.base64_data) return part.base64_data.replace(/^data:[^,]*,/, '');
  if (part.url?.startsWith('data:')) return part.url.replace(/^data:[^,]*,/, '');
  if (part.url) return new URL(part.url);
  throw new Error(`A ${part.type} part needs base64_data or url`);
}

function mediaPart(part: MediaPart): ImagePart | FilePart {
  const mediaType = mediaTypeOf(part);
  const data = mediaData(part);
  if (part.type === 'image') {
    const detail = part.detail ? { openai: { imageDetail: part.detail } } : undefined;
    return { type: 'image', image: data, mediaType, ...(detail ? { providerOptions: detail } : {}) };
  }
  return { type: 'file', data, mediaType, ...(part.filename ? { filename: part.filename } : {}) };
}

function textOf(content: PromptMessage['content']): string {
  if (content === null) return '';
  if (typeof content === 'string') return content;
  return content.map((part) => (part.type === 'text' ? part.data : '')).join('');
}

function userContent(content: PromptMessage['content']): string | (TextPart | ImagePart | FilePart)[] {
  if (content === null || typeof content === 'string') return content ?? '';
  return content.map((part) => (part.type === 'text' ? { type: 'text', text: part.data } : mediaPart(part)));
}

function parseArguments(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function assistantContent(message: PromptMessage): AssistantContent {
  const text = textOf(message.content);
  const calls: ToolCallPart[] = (message.tool_calls ?? []).map((call) => ({
    type: 'tool-call',
    toolCallId: call.id,
    toolName: call.function.name,
    input: parseArguments(call.function.arguments),
  }));
  if (calls.length === 0) return text;
  return [...(text ? [{ type: 'text' as const, text }] : []), ...calls];
}

/** Dify's PromptMessages as AI SDK ModelMessages; tool results find their tool's name through the call id. */
export function toModelMessages(messages: PromptMessage[]): ModelMessage[] {
  const toolNames = new Map<string, string>();
  return messages.map((message): ModelMessage => {
    switch (message.role) {
      case 'system':
        return { role: 'system', content: textOf(message.content) };
      case 'user':
        return { role: 'user', content: userContent(message.content) };
      case 'assistant':
        for (const call of message.tool_calls ?? []) toolNames.set(call.id, call.function.name);
        return { role: 'assistant', content: assistantContent(message) };
      case 'tool': {
        const toolCallId = message.tool_call_id ?? '';
        return {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId,
              toolName: toolNames.get(toolCallId) ?? message.name ?? '',
              output: { type: 'text', value: textOf(message.content) },
            },
          ],
        };
      }
    }
  });
}
