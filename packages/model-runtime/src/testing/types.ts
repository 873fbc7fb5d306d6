import type { IncomingHttpHeaders } from 'node:http';

export interface TestModelServerOptions {
  ttftMs?: number;
  tokensPerSecond?: number;
  /** Default `retry-after-ms` sent with simulated 429/5xx failures (10 ms unless set). */
  retryAfterMs?: number;
}

export interface LatencySettings {
  ttftMs?: number;
  tokensPerSecond?: number;
}

export interface ScriptedReply {
  text?: string;
  toolCalls?: { name: string; arguments: Record<string, unknown> }[];
  finishReason?: 'stop' | 'length' | 'tool_calls';
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export interface FailureSpec {
  status: number;
  body?: unknown;
  times?: number;
  pathIncludes?: string;
  retryAfterMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, a Buffer for multipart or binary bodies, undefined when empty. */
  body: unknown;
  /** Epoch milliseconds when the request arrived. */
  at: number;
}

export interface TestModelServer {
  url: string;
  openaiBaseUrl: string;
  close(): Promise<void>;
  script(reply: ScriptedReply): void;
  setLatency(latency: LatencySettings): void;
  failNext(failure: FailureSpec): void;
  requests: RecordedRequest[];
  /** Every latency pause the server took since start or reset, in order (ms; zero-length ones left out). */
  pausesMs: number[];
  abortedStreams: number;
  waitForAbortedStreams(count: number, timeoutMs?: number): Promise<void>;
  reset(): void;
}
