/**
 * Dify's length-prefixed stream, which the plugin daemon reads from the inner API's invoke routes:
 * every frame is a 14-byte little-endian header (magic 0x0F, a reserved zero, header length 0x000A,
 * payload length, six zero bytes) followed by a UTF-8 JSON payload `{"data": …, "error": ""}`.
 * A failure ends the stream with `{"data": null, "error": "<message>"}`.
 */
const HEADER_BYTES = 14;
const MAGIC = 0x0f;
const HEADER_LENGTH_FIELD = 0x000a;

export function encodeFrame(payload: unknown): Uint8Array {
  const body = new TextEncoder().encode(JSON.stringify(payload));
  const frame = new Uint8Array(HEADER_BYTES + body.byteLength);
  const view = new DataView(frame.buffer);
  view.setUint8(0, MAGIC);
  view.setUint8(1, 0);
  view.setUint16(2, HEADER_LENGTH_FIELD, true);
  view.setUint32(4, body.byteLength, true);
  frame.set(body, HEADER_BYTES);
  return frame;
}

/** Splits a framed body back into its JSON payloads (tests and clients). */
export function decodeFrames(bytes: Uint8Array): unknown[] {
  const payloads: unknown[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  while (offset + HEADER_BYTES <= bytes.byteLength) {
    if (view.getUint8(offset) !== MAGIC) throw new Error(`Bad frame magic at byte ${offset}`);
    const length = view.getUint32(offset + 4, true);
    const start = offset + HEADER_BYTES;
    if (start + length > bytes.byteLength) throw new Error('Truncated frame');
    payloads.push(JSON.parse(new TextDecoder().decode(bytes.subarray(start, start + length))));
    offset = start + length;
  }
  if (offset !== bytes.byteLength) throw new Error('Trailing bytes after the last frame');
  return payloads;
}

/**
 * A streaming response of frames produced by `produce`. An error thrown by the producer becomes the
 * closing error frame; a client that goes away aborts `signal`, which the producer passes upstream.
 */
export function framedStreamResponse(
  produce: (emit: (data: unknown) => void, signal: AbortSignal) => Promise<void>,
  describeError: (error: unknown) => string,
): Response {
  const abort = new AbortController();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const emit = (data: unknown) => controller.enqueue(encodeFrame({ data, error: '' }));
      try {
        await produce(emit, abort.signal);
      } catch (error) {
        if (!abort.signal.aborted) controller.enqueue(encodeFrame({ data: null, error: describeError(error) }));
      }
      if (!abort.signal.aborted) controller.close();
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', 'X-Accel-Buffering': 'no' },
  });
}
