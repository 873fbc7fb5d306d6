import { type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchTimeoutError, ResponseTooLargeError } from './errors';
import { guardedFetch } from './guarded-fetch';
import { createPolicy } from './policy';
import { startCanary, type Canary, type CanaryHandler } from './test-support/canary-server';

const ALLOW_CANARY = createPolicy({ allowedCidrs: ['127.0.0.1/32'] });

const opened: Canary[] = [];
async function canaryWith(handler: CanaryHandler) {
  const canary = await startCanary(handler);
  opened.push(canary);
  return canary;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((canary) => canary.close()));
});

/** Resolves with whether the server had finished writing when the client went away. */
function closed(res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => res.once('close', () => resolve(res.writableFinished)));
}

/** Writes `total` bytes in small chunks without a Content-Length, recording whether it got to the end. */
function streamBytes(total: number, outcome: { finished?: Promise<boolean> }): CanaryHandler {
  return (_req, res) => {
    outcome.finished = closed(res);
    let sent = 0;
    const writeMore = () => {
      while (sent < total) {
        sent += 1024;
        if (!res.write(Buffer.alloc(1024, 'a'))) return void res.once('drain', writeMore);
      }
      res.end();
    };
    writeMore();
  };
}

/** Sends the head and one chunk, then holds the body open. */
const stallAfterFirstChunk: CanaryHandler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.write('first chunk');
};

const neverAnswer: CanaryHandler = () => {};

describe('guardedFetch response size cap', () => {
  it('refuses a declared Content-Length over the cap before returning', async () => {
    const canary = await canaryWith((_req, res) => res.end(Buffer.alloc(2000, 'a')));
    await expect(guardedFetch(`${canary.origin}/`, undefined, { policy: ALLOW_CANARY, maxBytes: 1000 })).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it('cuts a streamed body at the cap and closes the connection', async () => {
    const outcome: { finished?: Promise<boolean> } = {};
    const canary = await canaryWith(streamBytes(32 * 1024 * 1024, outcome));
    const response = await guardedFetch(`${canary.origin}/`, undefined, { policy: ALLOW_CANARY, maxBytes: 10_000 });
    await expect(response.text()).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(await outcome.finished).toBe(false);
  });

  it('delivers a body of exactly the cap', async () => {
    const canary = await canaryWith(streamBytes(8 * 1024, {}));
    const response = await guardedFetch(`${canary.origin}/`, undefined, { policy: ALLOW_CANARY, maxBytes: 8 * 1024 });
    expect((await response.arrayBuffer()).byteLength).toBe(8 * 1024);
  });

  it('counts bytes after decompression, so a small gzip cannot unpack past the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(2 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(10_000);
    const canary = await canaryWith((_req, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb));
    const response = await guardedFetch(`${canary.origin}/`, undefined, { policy: ALLOW_CANARY, maxBytes: 100_000 });
    await expect(response.arrayBuffer()).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it('decompresses bodies as fetch does', async () => {
    const canary = await canaryWith((_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('hello, compressed')));
    const response = await guardedFetch(`${canary.origin}/`, undefined, { policy: ALLOW_CANARY });
    expect(await response.text()).toBe('hello, compressed');
    expect(canary.requests[0]?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('takes the cap from the policy when the call gives none', async () => {
    const canary = await canaryWith((_req, res) => res.end('more than ten bytes'));
    const policy = createPolicy({ allowedCidrs: ['127.0.0.1/32'], maxResponseBytes: 10 });
    await expect(guardedFetch(`${canary.origin}/`, undefined, { policy })).rejects.toBeInstanceOf(ResponseTooLargeError);
  });
});

describe('guardedFetch timeout', () => {
  it('gives up on a server that never answers, and closes the connection', async () => {
    let requestClosed: Promise<boolean> | undefined;
    const canary = await canaryWith((_req, res) => {
      requestClosed = closed(res);
    });
    const error = await guardedFetch(`${canary.origin}/`, undefined, { policy: ALLOW_CANARY, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchTimeoutError);
    expect(error).toMatchObject({ name: 'TimeoutError', timeoutMs: 200 });
    expect(await requestClosed).toBe(false);
  });

  it('counts the body against the same deadline', async () => {
    const canary = await canaryWith(stallAfterFirstChunk);
    // Long enough for the head to arrive on a busy machine; the body then stalls past it.
    const response = await guardedFetch(`${canary.origin}/`, undefined, { policy: ALLOW_CANARY, timeoutMs: 1500 });
    await expect(response.text()).rejects.toBeInstanceOf(FetchTimeoutError);
  });

  it('counts a request body that never ends against the deadline, and sends nothing', async () => {
    const canary = await canaryWith(neverAnswer);
    const endless = new ReadableStream({ pull: () => new Promise<void>(() => {}) });
    const init = { method: 'POST', body: endless, duplex: 'half' } as RequestInit;
    await expect(guardedFetch(`${canary.origin}/`, init, { policy: ALLOW_CANARY, timeoutMs: 200 })).rejects.toBeInstanceOf(FetchTimeoutError);
    expect(canary.connections).toBe(0);
  });

  it('takes the timeout from the policy when the call gives none', async () => {
    const canary = await canaryWith(neverAnswer);
    const policy = createPolicy({ allowedCidrs: ['127.0.0.1/32'], timeoutMs: 200 });
    await expect(guardedFetch(`${canary.origin}/`, undefined, { policy })).rejects.toBeInstanceOf(FetchTimeoutError);
  });
});

describe('guardedFetch abort signal', () => {
  it('rejects with the reason of a signal aborted while waiting for the answer', async () => {
    const controller = new AbortController();
    const canary = await canaryWith(() => controller.abort(new Error('caller gave up')));
    await expect(guardedFetch(`${canary.origin}/`, undefined, { policy: ALLOW_CANARY, signal: controller.signal })).rejects.toThrow('caller gave up');
  });

  it('honours the signal in the request init, as fetch does', async () => {
    const controller = new AbortController();
    const canary = await canaryWith(() => controller.abort());
    const error = await guardedFetch(`${canary.origin}/`, { signal: controller.signal }, { policy: ALLOW_CANARY }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('ends a body being read when the signal aborts', async () => {
    const controller = new AbortController();
    const canary = await canaryWith(stallAfterFirstChunk);
    const response = await guardedFetch(`${canary.origin}/`, undefined, { policy: ALLOW_CANARY, signal: controller.signal });
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first chunk');
    controller.abort(new Error('stop reading'));
    await expect(reader.read()).rejects.toThrow('stop reading');
  });

  it('sends nothing for a signal that is already aborted', async () => {
    const canary = await canaryWith(neverAnswer);
    await expect(guardedFetch(`${canary.origin}/`, undefined, { policy: ALLOW_CANARY, signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(canary.connections).toBe(0);
  });
});
