import { createParser } from 'eventsource-parser';

export interface StreamEvent {
  /** The SSE `id:`, a number the server counts per task, used to resume with `Last-Event-ID`. */
  id: number | undefined;
  data: Record<string, unknown>;
}

/** Reads Dify's SSE answer until the server closes it; pings and unparsable frames are skipped. */
export async function readEvents(response: Response, onEvent: (event: StreamEvent) => void): Promise<void> {
  if (!response.body) return;
  const parser = createParser({
    onEvent(frame) {
      if (!frame.data) return;
      let data: unknown;
      try {
        data = JSON.parse(frame.data);
      } catch {
        return;
      }
      if (!data || typeof data !== 'object') return;
      const id = frame.id !== undefined && frame.id !== '' ? Number(frame.id) : undefined;
      onEvent({ id: Number.isFinite(id) ? id : undefined, data: data as Record<string, unknown> });
    },
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    parser.feed(value);
  }
}
