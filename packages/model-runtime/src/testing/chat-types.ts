/** A chat request reduced to what the reply logic needs, whatever protocol it came in. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  text: string;
  /** Tool calls an assistant message made, so tool results can be traced back to a name. */
  toolCalls?: { id: string; name: string }[];
  toolCallId?: string;
  toolName?: string;
}

export interface ChatTool {
  name: string;
  parameters: unknown;
}

export interface ChatRequest {
  messages: ChatMessage[];
  tools: ChatTool[];
  toolChoice?: { mode: 'auto' | 'none' | 'required'; name?: string };
  /** Present when the client asked for JSON; `schema` is absent for plain JSON mode. */
  json?: { schema?: unknown };
}

export interface ReplyToolCall {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
}

export interface ChatReply {
  text: string;
  toolCalls: ReplyToolCall[];
  finishReason: 'stop' | 'length' | 'tool_calls';
  usage: { prompt_tokens: number; completion_tokens: number };
  /** Text deltas in stream order; joined they give `text`. */
  tokens: string[];
}
