import { describe, expect, it } from 'vitest';
import { decodeFrames, encodeFrame, framedStreamResponse } from './framed-stream';

describe('framed stream', () => {
  it('writes the 14-byte little-endian header the plugin daemon expects', () => {
    const frame = encodeFrame({ data: { a: 'é' }, error: '' });
    const body = JSON.stringify({ data: { a: 'é' }, error: '' });
    const length = Buffer.byteLength(body);
    expect([...frame.subarray(0, 14)]).toEqual([0x0f, 0, 0x0a, 0, length & 0xff, length >> 8, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(Buffer.from(frame.subarray(14)).toString('utf8')).toBe(body);
  });

  it('streams one frame per emitted value and ends with an error frame when the producer fails', async () => {
    const response = framedStreamResponse(
      async (emit) => {
        emit({ n: 1 });
        emit({ n: 2 });
        throw new Error('upstream broke');
      },
      (error) => (error as Error).message,
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const frames = decodeFrames(new Uint8Array(await response.arrayBuffer()));
    expect(frames).toEqual([
      { data: { n: 1 }, error: '' },
      { data: { n: 2 }, error: '' },
      { data: null, error: 'upstream broke' },
    ]);
  });

  it('aborts the producer when the reader cancels', async () => {
    let seen: AbortSignal | undefined;
    const response = framedStreamResponse(
      async (emit, signal) => {
        seen = signal;
        emit({ n: 1 });
        await new Promise((resolve) => signal.addEventListener('abort', resolve));
      },
      String,
    );
    const reader = response.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(seen?.aborted).toBe(true);
  });
});
