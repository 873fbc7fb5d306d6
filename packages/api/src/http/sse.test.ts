import { createServer, request as httpRequest } from 'node:http';
import { type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createNodeListener } from '../server/node-listener';
import { parseTrustedProxies } from './client-address';
import { type SseSink, sseResponse } from './sse';

const decoder = new TextDecoder();

async function readAll(response: Response): Promise<string> {
  return response.text();
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('sseResponse', () => {
  it('writes each event as an id line and a data line, in order, then ends', async () => {
    const response = sseResponse(async (sink) => {
      for (let id = 1; id <= 3; id++) await sink.send({ id, data: { event: 'message', answer: `part ${id}\nwith a break` } });
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const text = await readAll(response);
    expect(text).toBe(
      [1, 2, 3].map((id) => `id: ${id}\ndata: ${JSON.stringify({ event: 'message', answer: `part ${id}\nwith a break` })}\n\n`).join(''),
    );
  });

  it('sends a bare ping while the producer is quiet', async () => {
    const done = deferred();
    const response = sseResponse(() => done.promise, { pingIntervalMs: 5 });
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    expect(decoder.decode(value)).toBe('event: ping\n\n');
    done.resolve();
    await reader.cancel();
  });

  it('makes the producer wait while the client reads nothing, and resumes when it reads', async () => {
    let sent = 0;
    const big = 'x'.repeat(4096);
    const finished = deferred();
    const response = sseResponse(
      async (sink) => {
        for (let i = 0; i < 50; i++) {
          await sink.send({ id: i, data: big });
          sent += 1;
        }
        finished.resolve();
      },
      { highWaterMark: 16 * 1024 },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toBeLessThan(10);
    const text = await readAll(response);
    await finished.promise;
    expect(sent).toBe(50);
    expect(text.match(/^id: /gm)).toHaveLength(50);
  });

  it('ends with the error event onError makes when the producer fails', async () => {
    const response = sseResponse(
      async (sink) => {
        await sink.send({ id: 1, data: { event: 'message' } });
        throw new Error('boom');
      },
      { onError: () => ({ data: { event: 'error', code: 'internal_server_error', status: 500 } }) },
    );
    const text = await readAll(response);
    expect(text.split('\n\n').filter(Boolean).at(-1)).toBe('data: {"event":"error","code":"internal_server_error","status":500}');
  });

  it('aborts the sink when a client on a real socket disconnects, and later sends do not throw', async () => {
    const started = deferred<SseSink>();
    const aborted = deferred();
    const listener = createNodeListener({
      handle: async () =>
        sseResponse(async (sink) => {
          sink.signal.addEventListener('abort', () => aborted.resolve());
          await sink.send({ id: 1, data: { event: 'message' } });
          started.resolve(sink);
          await aborted.promise;
          await sink.send({ id: 2, data: { event: 'message' } });
        }),
      config: { trustedProxies: parseTrustedProxies(undefined), port: 0 },
    });
    const server = createServer(listener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const req = httpRequest({ host: '127.0.0.1', port, path: '/health' }, (res) => {
      res.once('data', () => req.destroy());
    });
    req.on('error', () => undefined);
    req.end();
    const sink = await started.promise;
    await aborted.promise;
    expect(sink.signal.aborted).toBe(true);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
