/**
 * One server-sent event: Dify puts the event's type inside the JSON (`{"event": "message", …}`).
 * `data` is serialised here; `json` is text that already is JSON (a stored event replayed as it was).
 */
export type SseEvent = {
  /** Written as the `id:` line, so a client can resume with `Last-Event-ID`. */
  id?: number | string;
} & ({ data: unknown; json?: never } | { json: string; data?: never });

export interface SseSink {
  /** Resolves once the event is queued and the client has room for more (back-pressure). */
  send(event: SseEvent): Promise<void>;
  /** Aborted when the client goes away; producers stop writing (the work itself may go on). */
  readonly signal: AbortSignal;
}

export interface SseOptions {
  /** Dify sends a bare `event: ping` about every 10 s so proxies keep the connection open. */
  pingIntervalMs?: number;
  /** Bytes the stream buffers before `send` waits for the client. */
  highWaterMark?: number;
  /** Turns a producer's failure into a last event (Dify's in-stream `error`); none when it returns null. */
  onError?: (error: unknown) => SseEvent | null;
  headers?: HeadersInit;
}

const encoder = new TextEncoder();
const PING = encoder.encode('event: ping\n\n');

/** `id:` and `data:` lines; a value with line breaks would end the event early, so ids are one line. */
export function formatSseEvent(event: SseEvent): Uint8Array {
  const id = event.id === undefined ? '' : `id: ${String(event.id).replace(/[\r\n]/g, '')}\n`;
  const json = event.json ?? JSON.stringify(event.data);
  return encoder.encode(`${id}data: ${json}\n\n`);
}

/**
 * A `text/event-stream` answer fed by `produce`. The stream ends when `produce` settles; a client
 * that disconnects aborts `sink.signal` and makes every later `send` a no-op, so a producer relaying
 * a task's events simply stops while the task carries on.
 */
export function sseResponse(produce: (sink: SseSink) => Promise<void>, options: SseOptions = {}): Response {
  const gone = new AbortController();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let waiting: (() => void) | undefined;
  let ping: ReturnType<typeof setInterval> | undefined;
  let closed = false;

  const release = () => {
    const resume = waiting;
    waiting = undefined;
    resume?.();
  };
  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(ping);
    release();
    try {
      controller.close();
    } catch {
      // already cancelled by the client
    }
  };
  const write = (bytes: Uint8Array) => {
    if (closed || gone.signal.aborted) return;
    controller.enqueue(bytes);
  };

  const sink: SseSink = {
    signal: gone.signal,
    async send(event) {
      write(formatSseEvent(event));
      if (!closed && !gone.signal.aborted && (controller.desiredSize ?? 1) <= 0) {
        await new Promise<void>((resolve) => (waiting = resolve));
      }
    },
  };

  const stream = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        ping = setInterval(() => write(PING), options.pingIntervalMs ?? 10_000);
        ping.unref?.();
        queueMicrotask(() => {
          produce(sink)
            .catch((error: unknown) => {
              const last = options.onError?.(error);
              if (last) write(formatSseEvent(last));
            })
            .finally(finish);
        });
      },
      pull() {
        release();
      },
      cancel() {
        gone.abort(new Error('The client closed the stream.'));
        closed = true;
        clearInterval(ping);
        release();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: options.highWaterMark ?? 64 * 1024 }),
  );

  const headers = new Headers(options.headers);
  headers.set('Content-Type', 'text/event-stream; charset=utf-8');
  headers.set('Cache-Control', 'no-cache, no-transform');
  headers.set('X-Accel-Buffering', 'no');
  return new Response(stream, { status: 200, headers });
}
