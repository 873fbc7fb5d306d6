import { EventSourceParserStream } from 'eventsource-parser/stream';

export type StreamEvent = Record<string, unknown> & { event?: string };

/**
 * Reads Dify's SSE answer: every `data:` line is one JSON event. Keep-alive pings carry no data
 * and are skipped. Resolves when the stream ends or the signal aborts it.
 */
export async function readEventStream(response: Response, onEvent: (event: StreamEvent) => void): Promise<void> {
  if (!response.body) return;
  const events = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
  const reader = events.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      if (!value.data) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(value.data);
      } catch {
        continue;
      }
      if (parsed && typeof parsed === 'object') onEvent(parsed as StreamEvent);
    }
  } finally {
    reader.releaseLock();
  }
}
